package fiber

// Status codes as in v2.52.5 helpers.go.
const (
	StatusAccepted = 202 // RFC 9110, 15.3.3
	StatusNotFound = 404 // RFC 9110, 15.5.5
)
