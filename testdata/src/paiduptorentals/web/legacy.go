package web

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
)

// Activator switches a legacy lease on once its first month is paid.
type Activator interface {
	Activate(ctx context.Context, leaseID int64) error
}

// Greeter records that the tenant saw the welcome page.
type Greeter interface {
	Welcome(ctx context.Context, leaseID int64) error
}

// Legacy serves the legacy sites' transparent-redirect return pages.
type Legacy struct {
	act   Activator
	greet Greeter
}

// NewLegacy returns the legacy pages.
func NewLegacy(act Activator, greet Greeter) *Legacy { return &Legacy{act: act, greet: greet} }

// Routes mounts the legacy pages.
func (l *Legacy) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /legacy/pay/return", l.returned)
	mux.HandleFunc("GET /legacy/welcome/return", l.welcomed)
}

// Mistake (reported where main binds the Activator): the lease is
// activated because the return URL's query says http_status=200; the
// transaction it names is never looked up.
func (l *Legacy) returned(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	id, err := strconv.ParseInt(q.Get("lease"), 10, 64)
	if err != nil {
		http.Error(w, "unknown lease", http.StatusBadRequest)
		return
	}
	if q.Get("http_status") != "200" {
		http.Redirect(w, r, "/legacy/pay?error=1", http.StatusSeeOther)
		return
	}
	if err := l.act.Activate(r.Context(), id); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	fmt.Fprint(w, "Your unit is ready.")
}

// Look-alike: the welcome page only records the visit (bound to a
// method storing a timestamp of no payment).
func (l *Legacy) welcomed(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseInt(r.URL.Query().Get("lease"), 10, 64)
	_ = l.greet.Welcome(r.Context(), id)
	fmt.Fprint(w, "Welcome!")
}
