// Package remote: net/http Stripe listeners whose use case main binds
// (fp15wflag/cmd): its answer is out of sight here (silent), beside a
// local applier whose answer is the event's own flag (reported).
package remote

import (
	"context"
	"io"
	"net/http"
	"net/smtp"

	"github.com/stripe/stripe-go/v82/webhook"
)

// Applier applies a paid event and answers whether it changed anything.
type Applier interface {
	ApplyPaid(ctx context.Context, ref string) (bool, error)
}

// Toucher marks a booking paid and answers whether it did.
type Toucher interface {
	Touch(ctx context.Context, ref string) (bool, error)
}

// Claimer moves a pending booking to paid and answers whether it did.
type Claimer interface {
	MarkPaidIfPending(ctx context.Context, ref string) (bool, error)
}

// Mover moves a pending booking to paid and answers the rows moved.
type Mover interface {
	MovePending(ctx context.Context, ref string) (int64, error)
}

// Echoer answers with what it is told.
type Echoer interface {
	Echo(ctx context.Context, paid bool) (bool, error)
}

// passThrough is the only Echoer: it hands the event's flag back.
type passThrough struct{}

func (passThrough) Echo(ctx context.Context, paid bool) (bool, error) { return paid, nil }

// Listener holds the use cases.
type Listener struct {
	secret string
	apply  Applier
	touch  Toucher
	claim  Claimer
	move   Mover
	echo   Echoer
}

// New builds the listener.
func New(secret string, apply Applier, touch Toucher, claim Claimer, move Mover) *Listener {
	return &Listener{secret: secret, apply: apply, touch: touch, claim: claim, move: move, echo: passThrough{}}
}

// Routes mounts the listeners.
func (l *Listener) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/stripe/remote", l.Remote)
	mux.HandleFunc("POST /webhooks/stripe/echoed", l.Echoed)
	mux.HandleFunc("POST /webhooks/stripe/touched", l.Touched)
	mux.HandleFunc("POST /webhooks/stripe/claimed", l.Claimed)
	mux.HandleFunc("POST /webhooks/stripe/moved", l.Moved)
}

func mail(ref string) {
	_ = smtp.SendMail("mail:25", nil, "desk@example.com", []string{"guest@example.com"}, []byte("paid "+ref))
}

// Remote mails when the bound use case answers true: main binds
// settle.Service.ApplyPaid, which answers true only for a booking not
// paid yet (silent).
func (l *Listener) Remote(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), l.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	changed, err := l.apply.ApplyPaid(r.Context(), evt.ID)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if changed {
		mail(evt.ID)
	}
	w.WriteHeader(http.StatusOK)
}

// Echoed mails when the event says paid: the local implementation hands
// the event's flag back, true on every delivery.
func (l *Listener) Echoed(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), l.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	ok, err := l.echo.Echo(r.Context(), evt.Livemode)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if ok {
		mail(evt.ID) // want `webhook handler sends a message`
	}
	w.WriteHeader(http.StatusOK)
}

// Touched mails when the bound Touch answers true: main binds
// settle.Service.Touch, true on every delivery (reported at the binding).
func (l *Listener) Touched(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), l.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	done, err := l.touch.Touch(r.Context(), evt.ID)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if done {
		mail(evt.ID)
	}
	w.WriteHeader(http.StatusOK)
}

// Claimed mails when the bound compare-and-set moved the booking: main
// binds settle.Service.MarkPaidIfPending (rows affected, silent).
func (l *Listener) Claimed(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), l.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	moved, err := l.claim.MarkPaidIfPending(r.Context(), evt.ID)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if !moved {
		w.WriteHeader(http.StatusOK)
		return
	}
	mail(evt.ID)
	w.WriteHeader(http.StatusOK)
}

// Moved mails when the bound compare-and-set moved one row: main binds
// settle.Service.MovePending (its rows affected, silent).
func (l *Listener) Moved(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), l.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	n, err := l.move.MovePending(r.Context(), evt.ID)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if n == 1 {
		mail(evt.ID)
	}
	w.WriteHeader(http.StatusOK)
}
