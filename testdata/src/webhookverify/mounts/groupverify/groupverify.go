// Package groupverify mounts the hooks inside groups whose middleware
// verifies the signature: silent; a sibling route outside the group is
// not covered by it and is reported.
package groupverify

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"

	"webhookverify/mounts/hooks"
)

var secret = []byte(os.Getenv("PSP_WEBHOOK_SECRET"))

func verifySig(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mac := hmac.New(sha256.New, secret)
		mac.Write(body)
		sig, _ := hex.DecodeString(r.Header.Get("PSP-Signature"))
		if !hmac.Equal(mac.Sum(nil), sig) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

func ginVerify(c *gin.Context) {
	body, _ := c.GetRawData()
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	sig, _ := hex.DecodeString(c.GetHeader("PSP-Signature"))
	if !hmac.Equal(mac.Sum(nil), sig) {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	c.Next()
}

// Chi mounts the hooks under a verifying group.
func Chi(h *hooks.Handler) http.Handler {
	r := chi.NewRouter()
	r.Route("/webhooks", func(r chi.Router) {
		r.Use(verifySig)
		r.Post("/stripe", h.Stripe)
	})
	r.Group(func(r chi.Router) {
		r.Use(verifySig)
		r.Post("/hooks/stripe", h.Stripe)
	})
	r.Post("/legacy/stripe", h.Stripe) // want `payment webhook handler h.Stripe .*mounted on POST /legacy/stripe verifies no signature`
	return r
}

// Gin mounts the gin hook under a verifying group.
func Gin(h *hooks.Handler) *gin.Engine {
	e := gin.New()
	g := e.Group("/hooks", ginVerify)
	g.POST("/paypal", h.Paypal)
	e.POST("/paypal", h.Paypal) // want `payment webhook handler h.Paypal .*mounted on POST /paypal verifies no signature`
	return e
}
