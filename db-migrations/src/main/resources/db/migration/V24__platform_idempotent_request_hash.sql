-- What a request said, with its Idempotency-Key: a SHA-256 (hex) of the operation and of the request's canonical body.
-- The same key sent again with another body is refused (422) instead of answering the first request's result for a
-- request that asked something else. Null for requests kept before this column, and for those sent without a body
-- the API read (the screens' forms): those answer by key alone, as before.
ALTER TABLE idempotent_request ADD COLUMN request_hash char(64);
