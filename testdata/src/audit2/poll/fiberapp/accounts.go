package fiberapp

import (
	"database/sql"

	"github.com/gofiber/fiber/v2"
)

// Accounts handles sign-in with the identity provider.
type Accounts struct {
	db *sql.DB
}

// OAuthCallback is the identity provider's redirect after login.
func (a *Accounts) OAuthCallback(c *fiber.Ctx) error {
	if c.Query("state") == "" || c.Query("code") == "" {
		return fiber.NewError(fiber.StatusBadRequest, "bad callback")
	}
	if c.Query("status") == "success" {
		if _, err := a.db.Exec(`UPDATE users SET status = 'active' WHERE email = $1`, c.Query("email")); err != nil {
			return err
		}
	}
	return c.Redirect("/")
}
