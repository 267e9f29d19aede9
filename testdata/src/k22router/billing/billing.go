// Package billing: a net/http server routing by hand, with a switch on
// the request's path, to endpoints of its own type that take the signed-in
// member too and return an error the server turns into the answer.
package billing

import (
	"database/sql"
	"encoding/json"
	"errors"
	"io"
	"log"
	"net/http"
	"time"

	"github.com/stripe/stripe-go/v82/webhook"

	"k22router/waits"
)

type member struct{ ID int64 }

// subEvent is the part of a subscription event the server reads.
type subEvent struct {
	Customer string `json:"customer"`
	Status   string `json:"status"`
}

type account struct {
	ID   int64
	Plan string
}

// endpoint is the server's own handler type.
type endpoint func(w http.ResponseWriter, r *http.Request, m *member) error

var errNotFound = errors.New("not found")

// Server serves the billing API.
type Server struct {
	db     *sql.DB
	secret string
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	m := &member{}
	if err := s.dispatch(w, r, m); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
	}
}

func (s *Server) dispatch(w http.ResponseWriter, r *http.Request, m *member) error {
	switch r.URL.Path {
	case "/billing/stripe-events":
		return s.logged(s.planChanged)(w, r, m)
	case "/billing/stripe-events/v2":
		return s.logged(s.planChangedNoPause)(w, r, m)
	case "/billing/stripe-events/v3":
		return s.planChangedLater(w, r, m)
	case "/billing/stripe-events/v4":
		s.throttle(w, r) // a helper first: the branch routes to what it returns
		return s.planChangedNoPause(w, r, m)
	}
	return errNotFound
}

// throttle spaces out a caller's requests.
func (s *Server) throttle(w http.ResponseWriter, r *http.Request) {
	time.Sleep(20 * time.Millisecond)
}

// logged wraps an endpoint.
func (s *Server) logged(next endpoint) endpoint {
	return func(w http.ResponseWriter, r *http.Request, m *member) error {
		start := time.Now()
		err := next(w, r, m)
		log.Printf("%s %s %v", r.Method, r.URL.Path, time.Since(start))
		return err
	}
}

func (s *Server) event(r *http.Request) (*subEvent, error) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, err
	}
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), s.secret)
	if err != nil {
		return nil, err
	}
	var sub subEvent
	if err := json.Unmarshal(evt.Data.Raw, &sub); err != nil {
		return nil, err
	}
	return &sub, nil
}

func (s *Server) accountOf(customer string) (*account, error) {
	var a account
	err := s.db.QueryRow("SELECT id, plan FROM accounts WHERE stripe_customer = $1", customer).Scan(&a.ID, &a.Plan)
	if err != nil {
		return nil, err
	}
	return &a, nil
}

func (s *Server) setPlan(a *account, sub *subEvent) error {
	_, err := s.db.Exec("UPDATE accounts SET plan = $1 WHERE id = $2", sub.Status, a.ID)
	return err
}

// planChanged waits up to 9 s for the account the checkout return stores
// before it answers.
func (s *Server) planChanged(w http.ResponseWriter, r *http.Request, m *member) error {
	sub, err := s.event(r)
	if err != nil {
		return err
	}
	a, err := waits.Until(func() (*account, error) { return s.accountOf(sub.Customer) }, time.Second, 3*time.Second, 5*time.Second) // want `webhook handler calls waits.Until, which sleeps \(time.Sleep\) before answering`
	if err != nil {
		return err
	}
	return s.setPlan(a, sub)
}

// planChangedNoPause retries the read back to back: nothing waits (silent).
func (s *Server) planChangedNoPause(w http.ResponseWriter, r *http.Request, m *member) error {
	sub, err := s.event(r)
	if err != nil {
		return err
	}
	a, err := waits.Tries(3, func() (*account, error) { return s.accountOf(sub.Customer) })
	if err != nil {
		return err
	}
	return s.setPlan(a, sub)
}

// planChangedLater answers first and waits for the account in a
// goroutine (silent).
func (s *Server) planChangedLater(w http.ResponseWriter, r *http.Request, m *member) error {
	sub, err := s.event(r)
	if err != nil {
		return err
	}
	go func() {
		a, err := waits.Until(func() (*account, error) { return s.accountOf(sub.Customer) }, time.Second, 3*time.Second)
		if err != nil {
			log.Printf("no account for %s", sub.Customer)
			return
		}
		if err := s.setPlan(a, sub); err != nil {
			log.Printf("set plan: %v", err)
		}
	}()
	w.WriteHeader(http.StatusOK)
	return nil
}
