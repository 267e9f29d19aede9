// Package hooks: the gym's Stripe webhooks on echo; memberships are
// documents in MongoDB.
package hooks

import (
	"io"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"

	"mongosubs/store"
)

type Hooks struct {
	secret      string
	memberships *store.Repo[store.Membership]
	audit       *store.Repo[store.AuditEntry]
	raw         *mongo.Collection // the memberships collection
}

func (h *Hooks) Mount(e *echo.Echo) {
	e.POST("/stripe/webhook/generic", h.viaRepo)
	e.POST("/stripe/webhook/direct", h.direct)
	e.POST("/stripe/webhook/keyed", h.keyedByEvent)
	e.POST("/stripe/webhook/unique", h.uniqueIndexed)
	e.POST("/stripe/webhook/checked", h.checkedFirst)
	e.POST("/stripe/webhook/audited", h.audited)
}

func (h *Hooks) event(c echo.Context) (stripe.Event, error) {
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return stripe.Event{}, err
	}
	return webhook.ConstructEvent(body, c.Request().Header.Get("Stripe-Signature"), h.secret)
}

// Every delivery adds another membership document through the generic
// repository.
func (h *Hooks) viaRepo(c echo.Context) error {
	ev, err := h.event(c)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if ev.Type != "customer.subscription.created" {
		return c.NoContent(http.StatusOK)
	}
	m := &store.Membership{StripeSubscription: ev.ID, MemberID: c.QueryParam("member"), Plan: "gold", Status: "active", RenewsAt: time.Now().AddDate(0, 1, 0)}
	if err := h.memberships.Add(c.Request().Context(), m); err != nil { // want `inserts a ledger or payment row`
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

// The same insert written against the collection.
func (h *Hooks) direct(c echo.Context) error {
	ev, err := h.event(c)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if ev.Type != "customer.subscription.created" {
		return c.NoContent(http.StatusOK)
	}
	doc := store.Membership{StripeSubscription: ev.ID, MemberID: c.QueryParam("member"), Plan: "gold", Status: "active"}
	if _, err := h.raw.InsertOne(c.Request().Context(), doc); err != nil { // want `inserts a ledger or payment row`
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

// Silent: the document's _id is the event's id, and the duplicate a
// redelivery causes is answered 200.
func (h *Hooks) keyedByEvent(c echo.Context) error {
	ev, err := h.event(c)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	doc := store.Membership{ID: ev.ID, StripeSubscription: ev.ID, Plan: "gold", Status: "active"}
	if _, err := h.raw.InsertOne(c.Request().Context(), doc); err != nil {
		if mongo.IsDuplicateKeyError(err) {
			return c.NoContent(http.StatusOK)
		}
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

// Silent: the collection's unique index on stripe_subscription refuses a
// second document, and the handler answers that duplicate with 200.
func (h *Hooks) uniqueIndexed(c echo.Context) error {
	ev, err := h.event(c)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	err = h.memberships.Add(c.Request().Context(), &store.Membership{StripeSubscription: ev.ID, Plan: "gold", Status: "active"})
	if err != nil && !mongo.IsDuplicateKeyError(err) {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

// Silent: a membership already active for the subscription ends the
// delivery (the stored status is checked first).
func (h *Hooks) checkedFirst(c echo.Context) error {
	ev, err := h.event(c)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	var existing store.Membership
	_ = h.raw.FindOne(c.Request().Context(), bson.M{"stripe_subscription": ev.ID}).Decode(&existing)
	if existing.Status == "active" {
		return c.NoContent(http.StatusOK)
	}
	m := &store.Membership{StripeSubscription: ev.ID, Plan: "gold", Status: "active"}
	if err := h.memberships.Add(c.Request().Context(), m); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

// Silent: the generic repository inserts an audit entry, no payment
// effect.
func (h *Hooks) audited(c echo.Context) error {
	ev, err := h.event(c)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if err := h.audit.Add(c.Request().Context(), &store.AuditEntry{Actor: "stripe", Action: string(ev.Type), At: time.Now()}); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}
