-- Runs after every migration (a Flyway callback): reporting counts days in the zone the server is configured with
-- (REFUGE_TIME_ZONE, ${time_zone}); when it changed, reporting_set_zone() (V50) counts the persons' summary again.
SELECT reporting_set_zone('${time_zone}');
