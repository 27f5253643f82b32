-- The company record (issue 19): which server this database belongs to, and how far each
-- table has been pushed (a local rowid) and pulled (the server's server_seq). One row per
-- key; the sync code is the only writer. Not append-only: a watermark moves forward.
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
