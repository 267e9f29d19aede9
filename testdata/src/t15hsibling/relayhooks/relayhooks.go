// Package relayhooks receives the transfer events of a payment network,
// relayed or direct; main mounts its handlers.
package relayhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"t15hsibling/ledger"
)

type transferEvent struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Data struct {
		Account string `json:"account"`
		Amount  int64  `json:"amount"`
		State   string `json:"state"`
	} `json:"data"`
}

// Hooks holds the handlers' dependencies.
type Hooks struct {
	Book   *ledger.Book
	Secret []byte
	Log    *slog.Logger
}

// Transfers books the event it decodes, verifying nothing: whoever mounts
// it must put a verifier in front.
func (h *Hooks) Transfers(c *gin.Context) {
	var ev transferEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := h.record(c, ev); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Disputes books dispute events the same way.
func (h *Hooks) Disputes(c *gin.Context) {
	var ev transferEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	_ = h.record(c, ev)
	c.Status(http.StatusOK)
}

// Payouts books payout events the same way.
func (h *Hooks) Payouts(c *gin.Context) {
	var ev transferEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	_ = h.record(c, ev)
	c.Status(http.StatusOK)
}

func (h *Hooks) record(c *gin.Context, ev transferEvent) error {
	d := ev.Data
	return h.Book.Record(c.Request.Context(), d.Account, d.Amount, d.State)
}

// Signed checks the HMAC of the body itself before booking.
func (h *Hooks) Signed(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, h.Secret)
	mac.Write(body)
	sig, _ := hex.DecodeString(c.GetHeader("X-Network-Signature"))
	if !hmac.Equal(mac.Sum(nil), sig) {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	var ev transferEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	_ = h.record(c, ev)
	c.Status(http.StatusOK)
}

// Logged only logs the event it decodes.
func (h *Hooks) Logged(c *gin.Context) {
	var ev transferEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	h.Log.Info("transfer event", "id", ev.ID, "type", ev.Type)
	c.Status(http.StatusOK)
}

// Receipts hands on only the event's id, to flag it read.
func (h *Hooks) Receipts(c *gin.Context) {
	var ev transferEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	_ = h.Book.Seen(c.Request.Context(), ev.ID)
	c.Status(http.StatusOK)
}
