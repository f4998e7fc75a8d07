-- Spring Modulith's event publication registry (schema v2): every event handed to an
-- @ApplicationModuleListener is written here in the publisher's transaction and marked
-- completed once the listener has run, so an event survives a crash of the node.
CREATE TABLE event_publication (
	id UUID NOT NULL PRIMARY KEY,
	listener_id VARCHAR(512) NOT NULL,
	event_type VARCHAR(512) NOT NULL,
	serialized_event VARCHAR(4000) NOT NULL,
	publication_date TIMESTAMP WITH TIME ZONE NOT NULL,
	completion_date TIMESTAMP WITH TIME ZONE,
	status VARCHAR(20),
	completion_attempts INT,
	last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_by_listener ON event_publication (listener_id);
CREATE INDEX event_publication_by_completion_date ON event_publication (completion_date);
