// Package signin logs members of a print shop in with their company's
// OpenID Connect provider (echo). A new member gets welcome credits. The
// handlers are mounted by the app's router package.
package signin

import (
	"context"
	"database/sql"
	"net/http"
	"os"

	"github.com/coreos/go-oidc/v3/oidc"
	"github.com/labstack/echo/v4"
	"golang.org/x/oauth2"
)

type SSO struct {
	DB       *sql.DB
	OAuth    *oauth2.Config
	Verifier *oidc.IDTokenVerifier
}

// discover fetches the issuer's configuration (an HTTP call).
func discover(ctx context.Context) (*oidc.Provider, error) {
	return oidc.NewProvider(ctx, os.Getenv("SSO_ISSUER"))
}

// Finish (look-alike, OIDCRedirectP20): the browser's return from the
// identity provider with ?code=…&state=…: the code is exchanged, the ID
// token verified, a new member credited 50 welcome credits. A login,
// never a payment webhook.
func (s *SSO) Finish(c echo.Context) error {
	state := c.QueryParam("state")
	if secret := os.Getenv("SSO_STATE_SECRET"); secret == "" || state == "" {
		return c.String(http.StatusForbidden, "state")
	}
	ctx := c.Request().Context()
	if _, err := discover(ctx); err != nil {
		return c.String(http.StatusBadGateway, "issuer")
	}
	tok, err := s.OAuth.Exchange(ctx, c.QueryParam("code"))
	if err != nil {
		return c.String(http.StatusBadRequest, "exchange")
	}
	raw, _ := tok.Extra("id_token").(string)
	id, err := s.Verifier.Verify(ctx, raw)
	if err != nil {
		return c.String(http.StatusBadRequest, "id token")
	}
	res, _ := s.DB.Exec(`INSERT INTO members (subject) VALUES ($1) ON CONFLICT DO NOTHING`, id.Subject)
	if n, _ := res.RowsAffected(); n == 1 {
		s.DB.Exec(`UPDATE wallets SET credits = credits + 50 WHERE subject = $1`, id.Subject)
	}
	return c.Redirect(http.StatusFound, "/")
}

// FormPost (look-alike, OIDCRedirectP20): the implicit flow's form_post
// return: the ID token the browser posts is verified (go-oidc), no code
// exchanged, and the new member credited.
func (s *SSO) FormPost(c echo.Context) error {
	ctx := c.Request().Context()
	id, err := s.Verifier.Verify(ctx, c.FormValue("id_token"))
	if err != nil {
		return c.String(http.StatusBadRequest, "id token")
	}
	if _, err := discover(ctx); err != nil {
		return c.String(http.StatusBadGateway, "issuer")
	}
	s.DB.Exec(`UPDATE wallets SET credits = credits + 50 WHERE subject = $1`, id.Subject)
	return c.Redirect(http.StatusFound, "/")
}
