// Package custodyhooks receives the custodian's transaction webhooks:
// incoming on-chain deposits and withdrawal status changes.
package custodyhooks

import (
	"crypto"
	"crypto/rsa"
	"crypto/sha512"
	"database/sql"
	"encoding/base64"
	"net/http"
)

// Server holds the webhook dependencies.
type Server struct {
	DB        *sql.DB
	PublicKey *rsa.PublicKey
}

// Register mounts the hooks; v1 is still configured for the old workspace.
func Register(mux *http.ServeMux, s *Server) {
	mux.HandleFunc("/hooks/custody/v1", s.handleV1)
	mux.HandleFunc("/hooks/custody/v2", s.handleV2)
	mux.HandleFunc("/hooks/custody/v3", s.handleV3)
}

// verify checks the custodian's RSA-SHA512 signature over the raw body.
func (s *Server) verify(body []byte, sigHeader string) error {
	sig, err := base64.StdEncoding.DecodeString(sigHeader)
	if err != nil {
		return err
	}
	sum := sha512.Sum512(body)
	return rsa.VerifyPKCS1v15(s.PublicKey, crypto.SHA512, sum[:], sig)
}
