// Package hooks: the tutoring school's Stripe webhooks on net/http; a
// paid checkout grants lesson credits through the credits ledger.
package hooks

import (
	"errors"
	"io"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"keyedcredit/credits"
)

type Hooks struct {
	secret string
	book   *credits.Book
	pg     *credits.PgBook
	orm    *credits.OrmBook
	my     *credits.MyBook
}

func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /stripe/webhook/lessons", h.lessons)
	mux.HandleFunc("POST /stripe/webhook/lessons/pg", h.lessonsPg)
	mux.HandleFunc("POST /stripe/webhook/lessons/orm", h.lessonsOrm)
	mux.HandleFunc("POST /stripe/webhook/lessons/logged", h.lessonsLogged)
	mux.HandleFunc("POST /stripe/webhook/lessons/audited", h.lessonsAudited)
	mux.HandleFunc("POST /stripe/webhook/lessons/unkeyed", h.lessonsUnkeyed)
	mux.HandleFunc("POST /stripe/webhook/lessons/mysql", h.lessonsMySQL)
	mux.HandleFunc("POST /stripe/webhook/lessons/lookup", h.lessonsLookup)
}

func (h *Hooks) event(r *http.Request) (stripe.Event, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return stripe.Event{}, false
	}
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		return stripe.Event{}, false
	}
	return ev, ev.Type == "checkout.session.completed"
}

// Silent: the ledger's unique payment ref answers a redelivery, which is
// acknowledged.
func (h *Hooks) lessons(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.event(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	err := h.book.Grant(r.Context(), r.URL.Query().Get("student"), ev.ID, 10)
	if err != nil && !errors.Is(err, credits.ErrAlreadyCredited) {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Silent: the same claim on PostgreSQL (SQLSTATE 23505).
func (h *Hooks) lessonsPg(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.event(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := h.pg.Grant(r.Context(), r.URL.Query().Get("student"), ev.ID, 10); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Silent: the same claim through gorm's ErrDuplicatedKey.
func (h *Hooks) lessonsOrm(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.event(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := h.orm.Grant(r.Context(), r.URL.Query().Get("student"), ev.ID, 10); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// The insert's failure is only logged: the balance moves on every delivery.
func (h *Hooks) lessonsLogged(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.event(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := h.book.GrantLogged(r.Context(), r.URL.Query().Get("student"), ev.ID, 10); err != nil { // want `inserts a ledger or payment row|credits a balance`
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// The duplicate answered is the audit row's; the credit entry repeats.
func (h *Hooks) lessonsAudited(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.event(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := h.book.GrantAudited(r.Context(), r.URL.Query().Get("student"), ev.ID, 10); err != nil { // want `inserts a ledger or payment row`
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// An entry with no unique key and no error test.
func (h *Hooks) lessonsUnkeyed(w http.ResponseWriter, r *http.Request) {
	if _, ok := h.event(r); !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	h.book.GrantUnkeyed(r.Context(), r.URL.Query().Get("student"), 10) // want `inserts a ledger or payment row`
	w.WriteHeader(http.StatusOK)
}

// Silent: the same claim on MySQL (error 1062).
func (h *Hooks) lessonsMySQL(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.event(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := h.my.Grant(r.Context(), r.URL.Query().Get("student"), ev.ID, 10); err != nil && !errors.Is(err, credits.ErrAlreadyCredited) {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// The 1062 test reads the lookup's error: the entry repeats.
func (h *Hooks) lessonsLookup(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.event(r)
	if !ok {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := h.my.GrantAfterLookup(r.Context(), r.URL.Query().Get("student"), ev.ID, 10); err != nil { // want `inserts a ledger or payment row`
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
