package payment

import (
	"regexp"
	"testing"
)

// The matchers replace regular expressions the tables used to compile:
// each case is checked against the expression it replaces.
func TestPathMatchersAgreeWithTheirExpressions(t *testing.T) {
	paths := []string{
		"github.com/stripe/stripe-go", "github.com/stripe/stripe-go/v82", "github.com/stripe/stripe-go/v82/paymentintent",
		"github.com/stripe/stripe-go/paymentintent", "github.com/stripe/stripe-go/v82/checkout/session",
		"github.com/stripe/stripe-gox", "github.com/stripe/stripe-go/vx/paymentintent", "github.com/stripe/stripe-go/v/paymentintent",
		"github.com/plutov/paypal", "github.com/plutov/paypal/v4", "github.com/plutov/paypal/v4/x", "github.com/plutov/paypalx",
		"gorm.io/gorm", "gorm.io/driver/postgres", "golang.org/x/tools/go/ssa", "google.golang.org/grpc",
		"github.com/gorilla/mux", "github.com/gorilla/muxer", "example.com/shop", "github.com/go-chi/chi/v5/middleware",
	}
	cases := []struct {
		re string
		m  pathMatcher
	}{
		{`^github\.com/stripe/stripe-go(/v[0-9]+)?$`, moduleRoots{"github.com/stripe/stripe-go"}},
		{`^github\.com/stripe/stripe-go(/v[0-9]+)?/paymentintent$`, modulePackage{"github.com/stripe/stripe-go", "paymentintent"}},
		{`^github\.com/stripe/stripe-go(/v[0-9]+)?/checkout/session$`, modulePackage{"github.com/stripe/stripe-go", "checkout/session"}},
		{`^github\.com/stripe/stripe-go(/v[0-9]+)?$`, modulePackage{"github.com/stripe/stripe-go", ""}},
		{`^github\.com/plutov/paypal(/v[0-9]+)?$`, moduleRoots{"github.com/plutov/paypal"}},
		{`^(github\.com/stripe/stripe-go(/v[0-9]+)?(/.*)?|github\.com/gorilla/mux(/.*)?|github\.com/go-chi/chi(/v[0-9]+)?(/.*)?)$`,
			modules{"github.com/stripe/stripe-go", "github.com/gorilla/mux", "github.com/go-chi/chi"}},
		{`^(gorm\.io/.*|golang\.org/x/.*|google\.golang\.org/.*)$`, modules{"gorm.io", "golang.org/x", "google.golang.org"}},
	}
	for _, c := range cases {
		re := regexp.MustCompile(c.re)
		for _, p := range paths {
			if got, want := c.m.MatchString(p), re.MatchString(p); got != want {
				t.Errorf("%#v.MatchString(%q) = %v, the expression %s says %v", c.m, p, got, c.re, want)
			}
		}
	}
}
