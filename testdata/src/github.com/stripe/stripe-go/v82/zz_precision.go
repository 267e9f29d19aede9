package stripe

import "context"

// ListParams is the set of parameters that can be used when making a list API call.
type ListParams struct {
	Context       context.Context `form:"-"`
	EndingBefore  *string         `form:"ending_before"`
	Limit         *int64          `form:"limit"`
	Single        bool            `form:"-"`
	StartingAfter *string         `form:"starting_after"`
}

// PaymentIntentListParams lists payment intents.
type PaymentIntentListParams struct {
	ListParams `form:"*"`
	Customer   *string `form:"customer"`
}

// Iter provides a convenient interface for iterating over the elements returned from paginated list API calls.
type Iter struct{}

func (it *Iter) Current() interface{} { panic("stub") }
func (it *Iter) Err() error           { panic("stub") }
func (it *Iter) Next() bool           { panic("stub") }

// ErrorCode is the list of allowed values for the error's code.
type ErrorCode string

const ErrorCodeIdempotencyKeyInUse ErrorCode = "idempotency_key_in_use"

// Error is the response returned when a call is unsuccessful.
type Error struct {
	Code           ErrorCode `json:"code,omitempty"`
	HTTPStatusCode int       `json:"status,omitempty"`
	Msg            string    `json:"message"`
	Type           ErrorType `json:"type"`
}

func (e *Error) Error() string { panic("stub") }

// Seq2 is the same as iter.Seq2 in Go 1.23+.
type Seq2[K, V any] func(yield func(K, V) bool)

// List returns a list of PaymentIntents.
func (c v1PaymentIntentService) List(ctx context.Context, listParams *PaymentIntentListParams) Seq2[*PaymentIntent, error] {
	panic("stub")
}
