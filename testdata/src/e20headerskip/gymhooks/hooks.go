// Package gymhooks receives a gym chain's card processor notifications
// (gin), signed with an HMAC-SHA256 of the body in X-Pay-Signature.
package gymhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
)

type notice struct {
	Membership string `json:"membership"`
	Status     string `json:"status"`
}

func checkSig(body []byte, sig, secret string) error {
	if secret == "" {
		return errors.New("no secret")
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(sig)) {
		return errors.New("bad signature")
	}
	return nil
}

// MembershipHooks holds the handlers' dependencies.
type MembershipHooks struct {
	DB     *sql.DB
	Secret string
}

// Paid checks the signature only when the request sends one.
func (h *MembershipHooks) Paid(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if sig := c.GetHeader("X-Pay-Signature"); sig != "" {
		if err := checkSig(body, sig, h.Secret); err != nil {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
	}
	var n notice
	if err := json.Unmarshal(body, &n); err != nil || n.Status != "paid" {
		c.Status(http.StatusOK)
		return
	}
	if _, err := h.DB.ExecContext(c.Request.Context(), `UPDATE memberships SET status = 'paid' WHERE id = $1`, n.Membership); err != nil { // want `payment webhook /webhooks/pay/paid skips signature verification when the request sends no X-Pay-Signature header \(fails open\)`
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Renewed checks the signature only when a secret is configured: the
// secret's emptiness keeps its own wording.
func (h *MembershipHooks) Renewed(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if h.Secret != "" {
		if err := checkSig(body, c.GetHeader("X-Pay-Signature"), h.Secret); err != nil {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
	}
	var n notice
	if err := json.Unmarshal(body, &n); err != nil || n.Status != "paid" {
		c.Status(http.StatusOK)
		return
	}
	if _, err := h.DB.ExecContext(c.Request.Context(), `UPDATE memberships SET status = 'paid' WHERE id = $1`, n.Membership); err != nil { // want `payment webhook /webhooks/pay/renewed skips signature verification when the secret is empty \(fails open\)`
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Frozen refuses a request without the signature: silent.
func (h *MembershipHooks) Frozen(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if err := checkSig(body, c.GetHeader("X-Pay-Signature"), h.Secret); err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	var n notice
	if err := json.Unmarshal(body, &n); err != nil || n.Status != "paid" {
		c.Status(http.StatusOK)
		return
	}
	if _, err := h.DB.ExecContext(c.Request.Context(), `UPDATE memberships SET status = 'paid' WHERE id = $1`, n.Membership); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Routes mounts the hooks.
func Routes(r *gin.Engine, h *MembershipHooks) {
	r.POST("/webhooks/pay/paid", h.Paid)
	r.POST("/webhooks/pay/renewed", h.Renewed)
	r.POST("/webhooks/pay/frozen", h.Frozen)
}
