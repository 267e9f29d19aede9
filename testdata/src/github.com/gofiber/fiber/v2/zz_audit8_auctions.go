package fiber

// HTTP status code missing from the stub (helpers.go, v2.52.5).
const StatusInternalServerError = 500 // RFC 9110, 15.6.1
