// Package hooks receives Stripe events for bike rentals (gin). The store
// behind its interface lives in package pgrows, which does not import this
// one; cmd/hookd binds it.
package hooks

import (
	"context"
	"encoding/json"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// Rentals applies what happened to a rental's charge.
type Rentals interface {
	Apply(ctx context.Context, rentalID, charge string) error
}

type intent struct {
	Metadata map[string]string `json:"metadata"`
}

func rentalOf(evt stripe.Event) string {
	var pi intent
	if evt.Data != nil {
		_ = json.Unmarshal(evt.Data.Raw, &pi)
	}
	return pi.Metadata["rental_id"]
}

// Captures checks the signature only when live (a constructor flag from
// the configuration), then stores the charge captured.
type Captures struct {
	secret  string
	live    bool
	rentals Rentals
}

// NewCaptures builds the handler.
func NewCaptures(secret string, live bool, r Rentals) *Captures {
	return &Captures{secret: secret, live: live, rentals: r}
}

// Handle is mounted on POST /hooks/stripe.
func (h *Captures) Handle(c *gin.Context) {
	body, err := io.ReadAll(c.Request.Body)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	var evt stripe.Event
	if h.live {
		if evt, err = webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), h.secret); err != nil {
			c.Status(http.StatusBadRequest)
			return
		}
	} else if err := json.Unmarshal(body, &evt); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if evt.Type == stripe.EventTypePaymentIntentSucceeded {
		if err := h.rentals.Apply(c.Request.Context(), rentalOf(evt), "captured"); err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
	}
	c.Status(http.StatusOK)
}

// Holds has the same skippable check but stores only the authorisation
// hold (not settled money): silent.
type Holds struct {
	secret  string
	live    bool
	rentals Rentals
}

// NewHolds builds the handler.
func NewHolds(secret string, live bool, r Rentals) *Holds {
	return &Holds{secret: secret, live: live, rentals: r}
}

// Handle is mounted on POST /hooks/stripe/holds.
func (h *Holds) Handle(c *gin.Context) {
	body, err := io.ReadAll(c.Request.Body)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	var evt stripe.Event
	if h.live {
		if evt, err = webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), h.secret); err != nil {
			c.Status(http.StatusBadRequest)
			return
		}
	} else if err := json.Unmarshal(body, &evt); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if evt.Type == "payment_intent.amount_capturable_updated" {
		if err := h.rentals.Apply(c.Request.Context(), rentalOf(evt), "authorized"); err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
	}
	c.Status(http.StatusOK)
}

// verifySignatures is a compile-time constant: the check always runs.
const verifySignatures = true

// Pinned checks under a constant flag that is always true: silent.
type Pinned struct {
	secret  string
	rentals Rentals
}

// NewPinned builds the handler.
func NewPinned(secret string, r Rentals) *Pinned { return &Pinned{secret: secret, rentals: r} }

// Handle is mounted on POST /hooks/stripe/pinned.
func (h *Pinned) Handle(c *gin.Context) {
	body, err := io.ReadAll(c.Request.Body)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	var evt stripe.Event
	if verifySignatures {
		if evt, err = webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), h.secret); err != nil {
			c.Status(http.StatusBadRequest)
			return
		}
	} else if err := json.Unmarshal(body, &evt); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if evt.Type == stripe.EventTypePaymentIntentSucceeded {
		if err := h.rentals.Apply(c.Request.Context(), rentalOf(evt), "captured"); err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
	}
	c.Status(http.StatusOK)
}
