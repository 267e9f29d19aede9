// Package relay holds the handlers of a bank-transfer partner's
// notifications, routed by other packages (ginmain, echomain). Nothing
// here names them webhooks: the route that mounts them does, so each
// handler that verifies nothing is judged at its mounts.
package relay

import (
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"io"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

// relayEvent is the partner's state-change notification.
type relayEvent struct {
	Kind string `json:"kind"`
	Data struct {
		Ref   string `json:"ref"`
		State string `json:"state"`
	} `json:"data"`
}

// Relay records the partner's settlement of our invoices.
type Relay struct {
	DB     *sql.DB
	Secret []byte
}

// StateChange marks the invoice paid on the partner's word, verifying
// nothing: judged where it is mounted.
func (rl *Relay) StateChange(c *gin.Context) {
	var ev relayEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	switch ev.Data.State {
	case "settled_out":
		if _, err := rl.DB.ExecContext(c.Request.Context(), `UPDATE invoices SET status = 'paid' WHERE ref = $1`, ev.Data.Ref); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
	}
	c.Status(http.StatusOK)
}

// Settled is the echo form of StateChange.
func (rl *Relay) Settled(c echo.Context) error {
	var ev relayEvent
	if err := c.Bind(&ev); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if ev.Data.State == "settled_out" {
		if _, err := rl.DB.ExecContext(c.Request().Context(), `UPDATE invoices SET status = 'paid' WHERE ref = $1`, ev.Data.Ref); err != nil {
			return c.NoContent(http.StatusInternalServerError)
		}
	}
	return c.NoContent(http.StatusOK)
}

// Signed checks the partner's HMAC itself and rejects a mismatch: silent
// wherever it is mounted.
func (rl *Relay) Signed(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, rl.Secret)
	mac.Write(body)
	sig, _ := hex.DecodeString(r.Header.Get("X-Relay-Signature"))
	if !hmac.Equal(mac.Sum(nil), sig) {
		http.Error(w, "signature", http.StatusUnauthorized)
		return
	}
	var ev relayEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	if ev.Data.State == "settled_out" {
		if _, err := rl.DB.ExecContext(r.Context(), `UPDATE invoices SET status = 'paid' WHERE ref = $1`, ev.Data.Ref); err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// Trace only logs the notification: no payment state, silent on any route.
func (rl *Relay) Trace(c *gin.Context) {
	var ev relayEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	log.Printf("relay %s: %s %s", ev.Kind, ev.Data.Ref, ev.Data.State)
	c.Status(http.StatusOK)
}
