// Package midtrans is a stub of github.com/midtrans/midtrans-go
// (signatures as in v1.3.8; bodies are stubs).
package midtrans

type EnvironmentType int8

const (
	_ EnvironmentType = iota
	Sandbox
	Production
)

type ConfigOptions struct {
	PaymentIdempotencyKey *string
}

func (o *ConfigOptions) SetPaymentIdempotencyKey(val string) {}

type TransactionDetails struct {
	OrderID  string `json:"order_id"`
	GrossAmt int64  `json:"gross_amount"`
}

type Error struct {
	Message    string
	StatusCode int
	RawError   error
}

func (e *Error) Error() string { panic("stub") }
