package fiberapp

import (
	"database/sql"
	"net/http"

	"github.com/gofiber/fiber/v2"
)

// Tickets issues tickets for paid bookings.
type Tickets struct {
	db *sql.DB
}

// NewTickets wires the service.
func NewTickets(db *sql.DB) *Tickets { return &Tickets{db: db} }

func (t *Tickets) issue(bookingID string) error {
	_, err := t.db.Exec(`UPDATE bookings SET status = 'paid', tickets_issued = true WHERE id = $1`, bookingID)
	return err
}

// Complete is the return_url of the Payment Element.
func (t *Tickets) Complete(c *fiber.Ctx) error {
	booking := c.Query("booking")
	switch c.Query("redirect_status") {
	case "succeeded":
		if err := t.issue(booking); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(booking\\)"
			return fiber.NewError(http.StatusInternalServerError, "could not issue tickets")
		}
		return c.Redirect("/bookings/" + booking)
	case "processing":
		return c.SendString("Your payment is processing.")
	default:
		return c.Redirect("/checkout?failed=1")
	}
}

// ThankYou only renders a message; tickets come from the webhook.
func (t *Tickets) ThankYou(c *fiber.Ctx) error {
	if c.Query("redirect_status") == "succeeded" {
		return c.SendString("Thanks! Your tickets will arrive by e-mail in a minute.")
	}
	return c.SendString("We are waiting for your bank to confirm the payment.")
}
