// Package errors is a stub of github.com/razorpay/razorpay-go/errors
// (types as in v1.3.2 errors/rzperrors.go; bodies are stubs).
package errors

// BadRequestError is returned for every non-2xx answer whose
// internal_error_code is not SERVER_ERROR or GATEWAY_ERROR.
type BadRequestError struct {
	Message string
	Err     error
}

// ServerError is returned when internal_error_code is SERVER_ERROR.
type ServerError struct {
	Message string
	Err     error
}

// GatewayError is returned when internal_error_code is GATEWAY_ERROR.
type GatewayError struct {
	Message string
	Err     error
}

func (s *BadRequestError) Error() string { panic("stub") }
func (s *GatewayError) Error() string    { panic("stub") }
func (s *ServerError) Error() string     { panic("stub") }
