// Command app mounts the relay hooks on gin: the relayed routes behind
// the network's signature, and some of the same handlers again.
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"log/slog"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"

	"t15hsibling/ledger"
	"t15hsibling/relayhooks"
)

func verify(secret []byte) gin.HandlerFunc {
	return func(c *gin.Context) {
		body, _ := c.GetRawData()
		mac := hmac.New(sha256.New, secret)
		mac.Write(body)
		sig, _ := hex.DecodeString(c.GetHeader("X-Network-Signature"))
		if !hmac.Equal(mac.Sum(nil), sig) {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

func main() {
	secret := []byte(os.Getenv("NETWORK_SECRET"))
	hk := &relayhooks.Hooks{Book: &ledger.Book{}, Secret: secret, Log: slog.Default()}
	r := gin.New()

	// The same handler behind the verifier and bare: the bare route is
	// forgeable.
	r.POST("/hooks/relay/transfers", verify(secret), hk.Transfers)
	r.POST("/hooks/network/transfers", hk.Transfers) // want `payment webhook handler hk.Transfers \(package t15hsibling/relayhooks\) mounted on POST /hooks/network/transfers verifies no signature, and no middleware on this route does: it acts on the event it decoded \(its (Amount|State) handed to ledger.Book.Record\)`

	// A back-office replay path names no hook: silent.
	r.POST("/admin/replay/transfers", hk.Transfers)

	// Twice behind the verifier, a group and a route middleware: silent.
	mesh := r.Group("/hooks/mesh")
	mesh.Use(verify(secret))
	mesh.POST("/payouts", hk.Payouts)
	r.POST("/hooks/relay/payouts", verify(secret), hk.Payouts)

	// A handler that checks the HMAC itself, mounted bare too: silent.
	r.POST("/hooks/relay/signed", verify(secret), hk.Signed)
	r.POST("/hooks/network/signed", hk.Signed)

	// A handler that only logs the event: silent.
	r.POST("/hooks/relay/logged", verify(secret), hk.Logged)
	r.POST("/hooks/network/logged", hk.Logged)

	// A handler handing on only the event's id (a read receipt): silent.
	r.POST("/hooks/relay/receipts", verify(secret), hk.Receipts)
	r.POST("/hooks/network/receipts", hk.Receipts)

	// A lone bare mount, no sibling says what the handler is: silent.
	r.POST("/hooks/network/disputes", hk.Disputes)

	// A dev-only router behind a debug flag, for the network's replay
	// tool: silent.
	if os.Getenv("DEBUG_HOOKS") != "" {
		dev := gin.New()
		dev.POST("/hooks/network/transfers", hk.Transfers)
		go dev.Run("localhost:9090")
	}

	_ = r.Run(":8080")
}
