// Command app mounts Paystack's events on gin: a group whose middleware
// verifies the signature, and routes beside it.
package main

import (
	"crypto/hmac"
	"crypto/sha512"
	"encoding/hex"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"

	"v18outsidegroup/paystackhooks"
)

func verifyPaystack(secret []byte) gin.HandlerFunc {
	return func(c *gin.Context) {
		body, _ := c.GetRawData()
		mac := hmac.New(sha512.New, secret)
		mac.Write(body)
		if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(c.GetHeader("X-Paystack-Signature"))) {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

func staffOnly() gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.GetHeader("X-Staff-Token") != os.Getenv("STAFF_TOKEN") {
			c.AbortWithStatus(http.StatusForbidden)
			return
		}
		c.Next()
	}
}

func main() {
	secret := []byte(os.Getenv("PAYSTACK_SECRET"))
	hk := &paystackhooks.Hooks{Secret: secret}
	r := gin.New()

	hooks := r.Group("/hooks/paystack", verifyPaystack(secret))
	hooks.POST("/charge", hk.ChargeSuccess)
	// Inside the group: verified, silent.
	hooks.POST("/renewals", hk.SubscriptionRenewed)

	// On the root router, outside the group: open.
	r.POST("/hooks/paystack/subscription", hk.SubscriptionRenewed) // want `payment webhook handler hk.SubscriptionRenewed \(package v18outsidegroup/paystackhooks\) mounted on POST /hooks/paystack/subscription verifies no signature, and no middleware on this route does: it stores what it decoded \(ledgerdb.Store.PushRenewal\), an event its sibling route /hooks/paystack/charge takes only behind a verifying middleware`
	r.POST("/hooks/paystack/transfer", hk.TransferReversed)        // want `payment webhook handler hk.TransferReversed \(package v18outsidegroup/paystackhooks\) mounted on POST /hooks/paystack/transfer verifies no signature, and no middleware on this route does: it stores what it decoded \(ledgerdb.Store.SetTransferStatus\)`

	// A handler checking the HMAC itself, one that only logs: silent.
	r.POST("/hooks/paystack/signed", hk.SignedRenewal)
	r.POST("/hooks/paystack/logged", hk.Logged)

	// Behind a staff check, on a back-office path, under another
	// provider's path, a health check: silent.
	r.POST("/hooks/paystack/replay", staffOnly(), hk.SubscriptionRenewed)
	r.POST("/admin/paystack/renewals", staffOnly(), hk.SubscriptionRenewed)
	r.POST("/hooks/flutterwave/renewals", hk.SubscriptionRenewed)
	r.GET("/healthz", func(c *gin.Context) { c.Status(http.StatusOK) })

	secondary(secret, hk)
	_ = r.Run(":8080")
}

// secondary serves the same events on a router whose every route is
// verified first: the route outside the group is covered too, silent.
func secondary(secret []byte, hk *paystackhooks.Hooks) {
	r := gin.New()
	r.Use(verifyPaystack(secret))
	hooks := r.Group("/hooks/paystack", verifyPaystack(secret))
	hooks.POST("/charge", hk.ChargeSuccess)
	r.POST("/hooks/paystack/subscription", hk.SubscriptionRenewed)
	_ = r.Run(":8081")
}
