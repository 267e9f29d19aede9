// Package retryablehttp is a test stub of github.com/hashicorp/go-retryablehttp
// (trimmed; signatures match v0.7.8).
package retryablehttp

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"time"
)

type ReaderFunc func() (io.Reader, error)

type ResponseHandlerFunc func(*http.Response) error

// Request wraps an *http.Request.
type Request struct {
	body            ReaderFunc
	responseHandler ResponseHandlerFunc
	*http.Request
}

func (r *Request) WithContext(ctx context.Context) *Request  { panic("stub") }
func (r *Request) SetResponseHandler(fn ResponseHandlerFunc) {}
func (r *Request) BodyBytes() ([]byte, error)                { panic("stub") }
func (r *Request) SetBody(rawBody interface{}) error         { panic("stub") }
func FromRequest(r *http.Request) (*Request, error)          { panic("stub") }
func NewRequest(method, url string, rawBody interface{}) (*Request, error) {
	panic("stub")
}
func NewRequestWithContext(ctx context.Context, method, url string, rawBody interface{}) (*Request, error) {
	panic("stub")
}

type Logger interface {
	Printf(string, ...interface{})
}

type RequestLogHook func(Logger, *http.Request, int)
type ResponseLogHook func(Logger, *http.Response)
type CheckRetry func(ctx context.Context, resp *http.Response, err error) (bool, error)
type Backoff func(min, max time.Duration, attemptNum int, resp *http.Response) time.Duration
type ErrorHandler func(resp *http.Response, err error, numTries int) (*http.Response, error)
type PrepareRetry func(req *http.Request) error

// Client retries requests on its own.
type Client struct {
	HTTPClient      *http.Client
	Logger          interface{}
	RetryWaitMin    time.Duration
	RetryWaitMax    time.Duration
	RetryMax        int
	RequestLogHook  RequestLogHook
	ResponseLogHook ResponseLogHook
	CheckRetry      CheckRetry
	Backoff         Backoff
	ErrorHandler    ErrorHandler
	PrepareRetry    PrepareRetry
}

func NewClient() *Client { panic("stub") }

func DefaultRetryPolicy(ctx context.Context, resp *http.Response, err error) (bool, error) {
	panic("stub")
}
func ErrorPropagatedRetryPolicy(ctx context.Context, resp *http.Response, err error) (bool, error) {
	panic("stub")
}
func DefaultBackoff(min, max time.Duration, attemptNum int, resp *http.Response) time.Duration {
	panic("stub")
}
func LinearJitterBackoff(min, max time.Duration, attemptNum int, resp *http.Response) time.Duration {
	panic("stub")
}
func PassthroughErrorHandler(resp *http.Response, err error, _ int) (*http.Response, error) {
	panic("stub")
}

func (c *Client) Do(req *Request) (*http.Response, error) { panic("stub") }

func Get(url string) (*http.Response, error)              { panic("stub") }
func (c *Client) Get(url string) (*http.Response, error)  { panic("stub") }
func Head(url string) (*http.Response, error)             { panic("stub") }
func (c *Client) Head(url string) (*http.Response, error) { panic("stub") }
func Post(url, bodyType string, body interface{}) (*http.Response, error) {
	panic("stub")
}
func (c *Client) Post(url, bodyType string, body interface{}) (*http.Response, error) {
	panic("stub")
}
func PostForm(url string, data url.Values) (*http.Response, error) { panic("stub") }
func (c *Client) PostForm(url string, data url.Values) (*http.Response, error) {
	panic("stub")
}
func (c *Client) StandardClient() *http.Client { panic("stub") }
