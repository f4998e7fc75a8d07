-- The AD's year-end settings per school year: the deadline of the CRF and, per named
-- check, whether it blocks sending or only warns. No row: the defaults.
CREATE TABLE reporting_year_end_setting (
	association_id BIGINT NOT NULL,
	school_year INT NOT NULL,
	deadline DATE NOT NULL,
	CONSTRAINT reporting_year_end_setting_pk PRIMARY KEY (association_id, school_year)
);

CREATE TABLE reporting_check_setting (
	association_id BIGINT NOT NULL,
	school_year INT NOT NULL,
	check_name VARCHAR(60) NOT NULL,
	blocking BOOLEAN NOT NULL,
	CONSTRAINT reporting_check_setting_pk PRIMARY KEY (association_id, school_year, check_name)
);
