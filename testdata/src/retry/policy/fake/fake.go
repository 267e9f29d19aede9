// Package fake has the names of retry, HTTP and payment libraries
// without being them: the retry model must not take it for them.
package fake

import (
	"context"
	"net/http"
	"time"
)

type Option func()

func Do(f func() error, opts ...Option) error { return f() }
func Retry(f func() error, b any) error       { return f() }
func Constant(ctx context.Context, d time.Duration, f func(context.Context) error) error {
	return f(ctx)
}
func Delay(d time.Duration) Option                { return nil }
func DelayType(f func(uint) time.Duration) Option { return nil }
func FixedDelay(uint) time.Duration               { return 0 }
func Unrecoverable(err error) error               { return err }
func Permanent(err error) error                   { return err }
func RetryableError(err error) error              { return err }
func DefaultRetryPolicy(ctx context.Context, resp *http.Response, err error) (bool, error) {
	return false, nil
}

type ZeroBackOff struct{}

type Client struct {
	CheckRetry func(ctx context.Context, resp *http.Response, err error) (bool, error)
}

type Response struct{ StatusCode int }

func (r *Response) IsSuccess() bool { return r.StatusCode < 300 }

type Error struct {
	Type           string
	HTTPStatusCode int
}

func (e *Error) Error() string { return e.Type }

func Charge() (*Response, error) { return nil, nil }
