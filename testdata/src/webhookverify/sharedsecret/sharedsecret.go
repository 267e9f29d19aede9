// Package sharedsecret: providers that sign nothing and send instead the
// secret set in their dashboard in a header (Flutterwave's verif-hash), or
// an API key. Comparing it with the configured secret and rejecting a
// mismatch is the documented check; a presence check, a compare with a
// value anyone can compute, or a logged mismatch is not.
package sharedsecret

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"io"
	"log"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
)

type settings struct {
	HookHash string
	APIKey   string
}

type receiver struct {
	db  *sql.DB
	cfg settings
}

type payload struct {
	Ref    string `json:"tx_ref"`
	Status string `json:"status"`
}

func (rc *receiver) settle(ref string) {
	rc.db.Exec("UPDATE orders SET status = 'paid' WHERE ref = $1", ref)
}

func Mount(e *gin.Engine, rc *receiver) {
	e.POST("/payments/webhook/hash", rc.hashEnforced)
	e.POST("/payments/webhook/hash-optional", rc.hashOptional)
	e.POST("/payments/webhook/hash-logged", rc.hashLogged)
	e.POST("/payments/webhook/hash-present", rc.hashPresent)
	http.HandleFunc("POST /payments/webhook/apikey", rc.apiKeyEnforced)
	http.HandleFunc("POST /payments/webhook/content-hash", rc.contentHash)
}

// Verified: the dashboard's secret hash must match, else 401.
func (rc *receiver) hashEnforced(c *gin.Context) {
	if rc.cfg.HookHash != c.GetHeader("verif-hash") {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	var p payload
	if err := c.ShouldBindJSON(&p); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	rc.settle(p.Ref)
}

// Fails open: with no secret configured nothing is checked.
func (rc *receiver) hashOptional(c *gin.Context) {
	if rc.cfg.HookHash != "" && c.GetHeader("verif-hash") != rc.cfg.HookHash {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	var p payload
	_ = c.ShouldBindJSON(&p)
	rc.settle(p.Ref) // want `payment webhook /payments/webhook/hash-optional skips signature verification when the secret is empty`
}

// Unenforced: a mismatch is only logged.
func (rc *receiver) hashLogged(c *gin.Context) {
	if c.GetHeader("verif-hash") != rc.cfg.HookHash {
		log.Printf("hash mismatch")
	}
	var p payload
	_ = c.ShouldBindJSON(&p)
	rc.settle(p.Ref) // want `payment webhook /payments/webhook/hash-logged verifies the signature but carries on when it fails`
}

// Look-alike: only the presence of the header is checked.
func (rc *receiver) hashPresent(c *gin.Context) {
	if c.GetHeader("verif-hash") == "" {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	var p payload
	_ = c.ShouldBindJSON(&p)
	rc.settle(p.Ref) // want `payment webhook /payments/webhook/hash-present acts on the payment`
}

// Verified: an API key from the environment, compared before anything.
func (rc *receiver) apiKeyEnforced(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Api-Key") != os.Getenv("PSP_WEBHOOK_KEY") {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	rc.settle(r.FormValue("tx_ref"))
}

// Look-alike: a hash of the body anyone can compute is no credential.
func (rc *receiver) contentHash(w http.ResponseWriter, r *http.Request) {
	raw, _ := io.ReadAll(r.Body)
	sum := sha256.Sum256(raw)
	if r.Header.Get("X-Content-Hash") != hex.EncodeToString(sum[:]) {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	rc.settle(r.FormValue("tx_ref")) // want `payment webhook /payments/webhook/content-hash acts on the payment`
}
