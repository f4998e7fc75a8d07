-- One row per scheduled job: the node that holds it runs the job, the others skip that run.
CREATE TABLE platform_job_lock (
	name VARCHAR(100) PRIMARY KEY,
	locked_until TIMESTAMP WITH TIME ZONE NOT NULL,
	locked_by VARCHAR(100) NOT NULL
);
