package backoff

import "time"

// OperationWithData is an operation that returns data and an error.
type OperationWithData[T any] func() (T, error)

// Operation is executed by Retry or RetryNotify.
type Operation func() error

// Notify is a notify-on-error function.
type Notify func(error, time.Duration)

func Retry(o Operation, b BackOff) error { panic("stub") }

func RetryWithData[T any](o OperationWithData[T], b BackOff) (T, error) { panic("stub") }

func RetryNotify(operation Operation, b BackOff, notify Notify) error { panic("stub") }

func RetryNotifyWithData[T any](operation OperationWithData[T], b BackOff, notify Notify) (T, error) {
	panic("stub")
}

func RetryNotifyWithTimer(operation Operation, b BackOff, notify Notify, t Timer) error {
	panic("stub")
}

func RetryNotifyWithTimerAndData[T any](operation OperationWithData[T], b BackOff, notify Notify, t Timer) (T, error) {
	panic("stub")
}

// PermanentError signals that the operation should not be retried.
type PermanentError struct {
	Err error
}

func (e *PermanentError) Error() string        { panic("stub") }
func (e *PermanentError) Unwrap() error        { panic("stub") }
func (e *PermanentError) Is(target error) bool { panic("stub") }

func Permanent(err error) error { panic("stub") }
