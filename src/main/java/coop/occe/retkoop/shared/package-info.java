/**
 * Value types every module shares: who is acting, school years.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package coop.occe.retkoop.shared;
