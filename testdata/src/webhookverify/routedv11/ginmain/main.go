// Command ginmain mounts the relay's handlers on gin routes: a route
// whose path names a webhook, with no verifying middleware, is reported;
// the same handler inside a verifying group, with route middleware, or on
// a back-office replay path stays silent.
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"

	"webhookverify/routedv11/relay"
)

func verifyRelay(secret []byte) gin.HandlerFunc {
	return func(c *gin.Context) {
		body, _ := c.GetRawData()
		mac := hmac.New(sha256.New, secret)
		mac.Write(body)
		sig, _ := hex.DecodeString(c.GetHeader("X-Relay-Signature"))
		if !hmac.Equal(mac.Sum(nil), sig) {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	secret := []byte(os.Getenv("RELAY_SECRET"))
	rl := &relay.Relay{DB: db, Secret: secret}
	r := gin.Default()
	r.POST("/webhooks/relay/state", rl.StateChange) // want `payment webhook handler rl.StateChange \(package webhookverify/routedv11/relay\) mounted on POST /webhooks/relay/state verifies no signature`
	signed := r.Group("/webhooks/relay-signed", verifyRelay(secret))
	signed.POST("/state", rl.StateChange)
	r.POST("/webhooks/relay/state-mw", verifyRelay(secret), rl.StateChange)
	r.POST("/ops/relay/replay", rl.StateChange) // a staff replay tool, not the partner's endpoint
	r.POST("/webhooks/relay/trace", rl.Trace)
	http.HandleFunc("/webhooks/relay/signed", rl.Signed)
	_ = r.Run(":8080")
}
