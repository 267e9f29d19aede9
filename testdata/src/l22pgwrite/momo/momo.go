// Package momo takes the scooter rental's mobile-money callbacks (echo).
// The provider posts the outcome of a collection request to the URL the
// rental gave it; nothing in the request proves where it came from
// unless the handler checks its signature.
package momo

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"l22pgwrite/pgrest"
)

type Outcome struct {
	ExternalID string `json:"externalId"`
	Status     string `json:"status"`
	Reason     string `json:"reason"`
}

type Callbacks struct {
	DB     *pgrest.Client
	Secret []byte
}

// Collected trusts the posted status and marks the rental paid through
// the PostgREST client.
func (cb *Callbacks) Collected(c echo.Context) error {
	var o Outcome
	if err := c.Bind(&o); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	ctx := c.Request().Context()
	r, err := cb.DB.RentalByRef(ctx, o.ExternalID)
	if err != nil {
		return c.NoContent(http.StatusNotFound)
	}
	if o.Status != "SUCCESSFUL" {
		_ = cb.DB.PatchRental(ctx, r.ID, map[string]any{"status": "failed", "failure": o.Reason})
		return c.NoContent(http.StatusOK)
	}
	if err := cb.DB.PatchRental(ctx, r.ID, map[string]any{"status": "paid", "paid_at": time.Now()}); err != nil { // want `payment webhook /momo/callback acts on the payment \(paid state stored by pgrest.Client.PatchRental \(PATCH rest/v1/rentals\)\)`
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

// PassCollected stores the day pass's paid state through a setter that
// builds the row's map itself.
func (cb *Callbacks) PassCollected(c echo.Context) error {
	var o Outcome
	if err := c.Bind(&o); err != nil || o.Status != "SUCCESSFUL" {
		return c.NoContent(http.StatusOK)
	}
	if err := cb.DB.SetPassState(c.Request().Context(), o.ExternalID, "paid"); err != nil { // want `payment webhook /momo/pass-callback acts on the payment \(paid state stored by pgrest.Client.SetPassState\)`
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

// Signed checks the provider's HMAC of the body first: silent.
func (cb *Callbacks) Signed(c echo.Context) error {
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	mac := hmac.New(sha256.New, cb.Secret)
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(c.Request().Header.Get("X-Momo-Signature"))) {
		return c.NoContent(http.StatusUnauthorized)
	}
	var o Outcome
	if err := json.Unmarshal(body, &o); err != nil || o.Status != "SUCCESSFUL" {
		return c.NoContent(http.StatusOK)
	}
	ctx := c.Request().Context()
	r, err := cb.DB.RentalByRef(ctx, o.ExternalID)
	if err != nil {
		return c.NoContent(http.StatusNotFound)
	}
	updates := map[string]any{"status": "paid"}
	if err := cb.DB.PatchRental(ctx, r.ID, updates); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

// Lookup only reads the rental to answer the provider: it stores
// nothing, silent.
func (cb *Callbacks) Lookup(c echo.Context) error {
	var o Outcome
	if err := c.Bind(&o); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if _, err := cb.DB.RentalByRef(c.Request().Context(), o.ExternalID); err != nil {
		return c.NoContent(http.StatusNotFound)
	}
	return c.NoContent(http.StatusOK)
}

// Rider saves the phone number the provider reports on the rider's
// profile: a profile row, no payment's, silent.
func (cb *Callbacks) Rider(c echo.Context) error {
	var o Outcome
	if err := c.Bind(&o); err != nil || o.Status != "SUCCESSFUL" {
		return c.NoContent(http.StatusOK)
	}
	if err := cb.DB.PatchProfile(c.Request().Context(), o.ExternalID, map[string]any{"status": "active", "momo_verified": true}); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

func Mount(e *echo.Echo, db *pgrest.Client, secret []byte) {
	cb := &Callbacks{DB: db, Secret: secret}
	e.POST("/momo/callback", cb.Collected)
	e.POST("/momo/pass-callback", cb.PassCollected)
	e.POST("/momo/signed-callback", cb.Signed)
	e.POST("/momo/lookup-callback", cb.Lookup)
	e.POST("/momo/rider-callback", cb.Rider)
}
