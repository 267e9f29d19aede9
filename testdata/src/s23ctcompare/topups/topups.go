// Package topups: wallet top-up notifications from providers that sign
// nothing and send the secret set in their dashboard as is (a verif-hash
// or webhook-secret header). Compared with the configured secret in
// constant time — subtle.ConstantTimeCompare over []byte conversions,
// either operand first, its verdict tested with != 1, == 0 or == 1, or
// hmac.Equal — and refused on a mismatch, the check is enforced.
package topups

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"io"
	"log"
	"net/http"

	"github.com/labstack/echo/v4"

	"s23ctcompare/settings"
)

type notice struct {
	Reference string `json:"reference"`
	Status    string `json:"status"`
}

type Wallets struct {
	db *sql.DB
}

func (w *Wallets) credit(n notice) error {
	_, err := w.db.Exec("UPDATE payments SET status = 'paid' WHERE reference = $1", n.Reference)
	return err
}

func Routes(e *echo.Echo, w *Wallets) {
	e.POST("/webhooks/payments/hash", w.hashNotEqualOne)
	e.POST("/webhooks/payments/hash-swapped", w.hashEqualZero)
	e.POST("/webhooks/payments/hash-positive", w.hashEqualOne)
	e.POST("/webhooks/payments/secret", w.secretHMACEqual)
	e.POST("/webhooks/payments/signed", w.bodyMACs)
	e.POST("/webhooks/payments/ignored", w.verdictIgnored)
	e.POST("/webhooks/payments/logged", w.verdictLogged)
	e.POST("/webhooks/payments/self", w.againstQuery)
}

// Verified: an empty secret or a mismatch is refused before the body is
// read; the configured secret comes first, the header second.
func (w *Wallets) hashNotEqualOne(c echo.Context) error {
	want := settings.Current.DashboardHash
	got := c.Request().Header.Get("verif-hash")
	if want == "" || subtle.ConstantTimeCompare([]byte(want), []byte(got)) != 1 {
		return c.NoContent(http.StatusUnauthorized)
	}
	var n notice
	if err := c.Bind(&n); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if n.Status == "successful" {
		if err := w.credit(n); err != nil {
			return c.NoContent(http.StatusInternalServerError)
		}
	}
	return c.NoContent(http.StatusOK)
}

// Verified: the header first, the verdict tested with == 0.
func (w *Wallets) hashEqualZero(c echo.Context) error {
	if subtle.ConstantTimeCompare([]byte(c.Request().Header.Get("verif-hash")), []byte(settings.Current.DashboardHash)) == 0 {
		return echo.NewHTTPError(http.StatusForbidden, "bad hash")
	}
	var n notice
	if err := c.Bind(&n); err != nil {
		return err
	}
	return w.credit(n)
}

// Verified: the work happens only on the == 1 branch.
func (w *Wallets) hashEqualOne(c echo.Context) error {
	match := subtle.ConstantTimeCompare([]byte(settings.Current.DashboardHash), []byte(c.Request().Header.Get("verif-hash")))
	if match == 1 {
		var n notice
		if err := c.Bind(&n); err != nil {
			return err
		}
		return w.credit(n)
	}
	return c.NoContent(http.StatusUnauthorized)
}

// Verified: hmac.Equal used as a constant-time compare of the secret.
func (w *Wallets) secretHMACEqual(c echo.Context) error {
	if !hmac.Equal([]byte(c.Request().Header.Get("X-Webhook-Secret")), []byte(settings.Current.NotifySecret)) {
		return c.NoContent(http.StatusUnauthorized)
	}
	var n notice
	if err := c.Bind(&n); err != nil {
		return err
	}
	return w.credit(n)
}

// Verified: two MACs of the body compared in constant time.
func (w *Wallets) bodyMACs(c echo.Context) error {
	raw, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return err
	}
	mac := hmac.New(sha256.New, settings.Current.SigningKey)
	mac.Write(raw)
	sent, _ := hex.DecodeString(c.Request().Header.Get("X-Collect-Signature"))
	if subtle.ConstantTimeCompare(sent, mac.Sum(nil)) != 1 {
		return c.NoContent(http.StatusUnauthorized)
	}
	var n notice
	if err := json.Unmarshal(raw, &n); err != nil {
		return err
	}
	return w.credit(n)
}

// Look-alike: the verdict is computed and thrown away.
func (w *Wallets) verdictIgnored(c echo.Context) error {
	_ = subtle.ConstantTimeCompare([]byte(settings.Current.DashboardHash), []byte(c.Request().Header.Get("verif-hash")))
	var n notice
	if err := c.Bind(&n); err != nil {
		return err
	}
	return w.credit(n) // want `payment webhook /webhooks/payments/ignored acts on the payment`
}

// Look-alike: a mismatch is only logged.
func (w *Wallets) verdictLogged(c echo.Context) error {
	if subtle.ConstantTimeCompare([]byte(settings.Current.DashboardHash), []byte(c.Request().Header.Get("verif-hash"))) != 1 {
		log.Printf("verif-hash mismatch")
	}
	var n notice
	if err := c.Bind(&n); err != nil {
		return err
	}
	return w.credit(n) // want `payment webhook /webhooks/payments/logged verifies the signature but carries on when it fails`
}

// Look-alike: the header compared with a value the sender also chooses,
// the hash query parameter of the notification URL.
func (w *Wallets) againstQuery(c echo.Context) error {
	if subtle.ConstantTimeCompare([]byte(c.QueryParam("hash")), []byte(c.Request().Header.Get("verif-hash"))) != 1 {
		return c.NoContent(http.StatusUnauthorized)
	}
	var n notice
	if err := c.Bind(&n); err != nil {
		return err
	}
	return w.credit(n) // want `payment webhook /webhooks/payments/self acts on the payment`
}
