// @apollo/gateway exports usage data to Apollo over the internet unless this is set. This
// module is imported before @apollo/gateway everywhere, so the gateway never phones home.
process.env.APOLLO_TELEMETRY_DISABLED = '1';
