package coop.occe.retkoop.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs fire on every node; each one runs under a {@link JobLock} so that one
 * node runs each firing. Async is on for {@code @ApplicationModuleListener}s, which run
 * after the publisher's commit on the application's task executor.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class SchedulingConfiguration {

}
