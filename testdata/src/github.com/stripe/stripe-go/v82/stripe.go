// Package stripe is a test stub of github.com/stripe/stripe-go/v82 (trimmed;
// signatures match v82.5.1).
package stripe

import (
	"context"
	"net/http"
)

// Key is the secret API key used by the package-level functions.
var Key string

// SupportedBackend is a backend kind.
type SupportedBackend string

const (
	APIBackend     SupportedBackend = "api"
	ConnectBackend SupportedBackend = "connect"
)

// Backend sends requests to Stripe (trimmed).
type Backend interface {
	SetMaxNetworkRetries(maxNetworkRetries int64)
}

// Backends groups the backends.
type Backends struct {
	API, Connect, Uploads, MeterEvents Backend
}

// BackendConfig configures a backend (trimmed).
type BackendConfig struct {
	HTTPClient        *http.Client
	MaxNetworkRetries *int64
	URL               *string
}

func GetBackendWithConfig(backendType SupportedBackend, config *BackendConfig) Backend {
	panic("stub")
}
func NewBackends(httpClient *http.Client) *Backends         { panic("stub") }
func NewBackendsWithConfig(config *BackendConfig) *Backends { panic("stub") }
func SetBackend(backend SupportedBackend, b Backend)        {}
func String[T ~string](v T) *string                         { s := string(v); return &s }
func StringValue(v *string) string                          { panic("stub") }
func Int64(v int64) *int64                                  { return &v }
func Int64Value(v *int64) int64                             { panic("stub") }
func Bool(v bool) *bool                                     { return &v }
func BoolValue(v *bool) bool                                { panic("stub") }
func Float64(v float64) *float64                            { return &v }

// Currency is an ISO currency code.
type Currency string

const (
	CurrencyAUD Currency = "aud"
	CurrencyEUR Currency = "eur"
	CurrencyGBP Currency = "gbp"
	CurrencyUSD Currency = "usd"
)

// APIResource is embedded in every resource.
type APIResource struct {
	LastResponse *APIResponse `json:"-"`
}

// APIResponse is the raw HTTP response.
type APIResponse struct {
	Header         http.Header
	IdempotencyKey string
	RequestID      string
	Status         string
	StatusCode     int
}

// ExtraValues holds extra form values.
type ExtraValues struct{}

// Params is embedded in every *Params struct.
type Params struct {
	Context        context.Context   `form:"-" json:"-"`
	Expand         []*string         `form:"expand" json:"-"`
	Extra          *ExtraValues      `form:"*"  json:"-"`
	Headers        http.Header       `form:"-" json:"-"`
	IdempotencyKey *string           `form:"-" json:"-"` // Passed as header
	Metadata       map[string]string `form:"metadata" json:"-"`
	StripeAccount  *string           `form:"-" json:"-"`
	StripeContext  *string           `form:"-" json:"-"`
}

func (p *Params) AddExpand(f string)            { panic("stub") }
func (p *Params) AddExtra(key, value string)    { panic("stub") }
func (p *Params) AddMetadata(key, value string) { panic("stub") }
func (p *Params) GetParams() *Params            { return p }
func (p *Params) SetIdempotencyKey(val string)  { p.IdempotencyKey = &val }
func (p *Params) SetStripeAccount(val string)   { p.StripeAccount = &val }
func (p *Params) SetStripeContext(val string)   { p.StripeContext = &val }

// ParamsContainer is implemented by every *Params struct.
type ParamsContainer interface {
	GetParams() *Params
}

// NewIdempotencyKey generates a new idempotency key.
func NewIdempotencyKey() string { panic("stub") }

// StringSlice returns a slice of string pointers given a slice of strings
// (as in v82.5.1).
func StringSlice(v []string) []*string {
	out := make([]*string, len(v))
	for i := range v {
		out[i] = &v[i]
	}
	return out
}
