// Package resty is a test stub of github.com/go-resty/resty/v2 (trimmed;
// signatures match v2.17.2).
package resty

import (
	"context"
	"net/http"
	"net/url"
	"time"
)

const (
	MethodGet     = "GET"
	MethodPost    = "POST"
	MethodPut     = "PUT"
	MethodDelete  = "DELETE"
	MethodPatch   = "PATCH"
	MethodHead    = "HEAD"
	MethodOptions = "OPTIONS"
)

type (
	RetryConditionFunc func(*Response, error) bool
	OnRetryFunc        func(*Response, error)
	RetryAfterFunc     func(*Client, *Response) (time.Duration, error)
)

// Client is a resty client.
type Client struct {
	BaseURL          string
	QueryParam       url.Values
	Header           http.Header
	Token            string
	RetryCount       int
	RetryWaitTime    time.Duration
	RetryMaxWaitTime time.Duration
	RetryConditions  []RetryConditionFunc
}

func New() *Client                          { panic("stub") }
func NewWithClient(hc *http.Client) *Client { panic("stub") }

func (c *Client) SetHostURL(url string) *Client                          { panic("stub") }
func (c *Client) SetBaseURL(url string) *Client                          { panic("stub") }
func (c *Client) SetHeader(header, value string) *Client                 { panic("stub") }
func (c *Client) SetHeaders(headers map[string]string) *Client           { panic("stub") }
func (c *Client) SetAuthToken(token string) *Client                      { panic("stub") }
func (c *Client) R() *Request                                            { panic("stub") }
func (c *Client) NewRequest() *Request                                   { panic("stub") }
func (c *Client) SetDebug(d bool) *Client                                { panic("stub") }
func (c *Client) SetTimeout(timeout time.Duration) *Client               { panic("stub") }
func (c *Client) SetRetryCount(count int) *Client                        { panic("stub") }
func (c *Client) SetRetryWaitTime(waitTime time.Duration) *Client        { panic("stub") }
func (c *Client) SetRetryMaxWaitTime(maxWaitTime time.Duration) *Client  { panic("stub") }
func (c *Client) SetRetryAfter(callback RetryAfterFunc) *Client          { panic("stub") }
func (c *Client) AddRetryCondition(condition RetryConditionFunc) *Client { panic("stub") }
func (c *Client) AddRetryHook(hook OnRetryFunc) *Client                  { panic("stub") }
func (c *Client) GetClient() *http.Client                                { panic("stub") }

// Request is a resty request.
type Request struct {
	URL        string
	Method     string
	Token      string
	QueryParam url.Values
	FormData   url.Values
	PathParams map[string]string
	Header     http.Header
	Time       time.Time
	Body       interface{}
	Result     interface{}
	Error      interface{}
	RawRequest *http.Request
	Attempt    int
}

func (r *Request) Context() context.Context                                  { panic("stub") }
func (r *Request) SetContext(ctx context.Context) *Request                   { panic("stub") }
func (r *Request) SetHeader(header, value string) *Request                   { panic("stub") }
func (r *Request) SetHeaders(headers map[string]string) *Request             { panic("stub") }
func (r *Request) SetHeaderMultiValues(headers map[string][]string) *Request { panic("stub") }
func (r *Request) SetQueryParam(param, value string) *Request                { panic("stub") }
func (r *Request) SetQueryParams(params map[string]string) *Request          { panic("stub") }
func (r *Request) SetFormData(data map[string]string) *Request               { panic("stub") }
func (r *Request) SetBody(body interface{}) *Request                         { panic("stub") }
func (r *Request) SetResult(res interface{}) *Request                        { panic("stub") }
func (r *Request) SetError(err interface{}) *Request                         { panic("stub") }
func (r *Request) SetAuthToken(token string) *Request                        { panic("stub") }
func (r *Request) SetPathParam(param, value string) *Request                 { panic("stub") }
func (r *Request) SetPathParams(params map[string]string) *Request           { panic("stub") }
func (r *Request) Get(url string) (*Response, error)                         { panic("stub") }
func (r *Request) Post(url string) (*Response, error)                        { panic("stub") }
func (r *Request) Put(url string) (*Response, error)                         { panic("stub") }
func (r *Request) Delete(url string) (*Response, error)                      { panic("stub") }
func (r *Request) Patch(url string) (*Response, error)                       { panic("stub") }
func (r *Request) Send() (*Response, error)                                  { panic("stub") }
func (r *Request) Execute(method, url string) (*Response, error)             { panic("stub") }

// Response is a resty response.
type Response struct {
	Request     *Request
	RawResponse *http.Response
}

func (r *Response) Body() []byte        { panic("stub") }
func (r *Response) Status() string      { panic("stub") }
func (r *Response) StatusCode() int     { panic("stub") }
func (r *Response) Result() interface{} { panic("stub") }
func (r *Response) Error() interface{}  { panic("stub") }
func (r *Response) Header() http.Header { panic("stub") }
func (r *Response) String() string      { panic("stub") }
func (r *Response) IsSuccess() bool     { panic("stub") }
func (r *Response) IsError() bool       { panic("stub") }
