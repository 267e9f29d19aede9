package stripe

// ErrorType is the list of allowed values for the error's type
// (stripe-go v82.5.1 error.go).
type ErrorType string

// List of values that ErrorType can take.
const (
	ErrorTypeAPI            ErrorType = "api_error"
	ErrorTypeCard           ErrorType = "card_error"
	ErrorTypeIdempotency    ErrorType = "idempotency_error"
	ErrorTypeInvalidRequest ErrorType = "invalid_request_error"

	ErrorTypeTemporarySessionExpired ErrorType = "temporary_session_expired"
)
