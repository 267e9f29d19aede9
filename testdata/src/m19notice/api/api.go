// Package api serves the shop's HTTP endpoints on fiber; the command
// mounts them.
package api

import (
	"crypto/sha512"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"os"

	"github.com/gofiber/fiber/v2"

	"m19notice/orders"
)

// API holds the order book.
type API struct {
	Book *orders.Book
}

// Receive takes Midtrans's notification into a map and trusts it.
func (a *API) Receive(c *fiber.Ctx) error {
	var body map[string]interface{}
	if err := c.BodyParser(&body); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	code, _ := body["order_id"].(string)
	st, _ := body["transaction_status"].(string)
	fraud, _ := body["fraud_status"].(string)
	if st == "settlement" || st == "capture" && fraud == "accept" {
		if err := a.Book.MarkPaid(code); err != nil {
			return c.SendStatus(fiber.StatusInternalServerError)
		}
	}
	return c.SendStatus(fiber.StatusOK)
}

// ReceiveSigned compares signature_key first.
func (a *API) ReceiveSigned(c *fiber.Ctx) error {
	var body map[string]interface{}
	if err := c.BodyParser(&body); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	code, _ := body["order_id"].(string)
	sum := sha512.Sum512([]byte(code + fmt.Sprint(body["status_code"]) + fmt.Sprint(body["gross_amount"]) + os.Getenv("MIDTRANS_SERVER_KEY")))
	if hex.EncodeToString(sum[:]) != fmt.Sprint(body["signature_key"]) {
		return c.SendStatus(fiber.StatusForbidden)
	}
	if body["transaction_status"] == "settlement" {
		if err := a.Book.MarkPaid(code); err != nil {
			return c.SendStatus(fiber.StatusInternalServerError)
		}
	}
	return c.SendStatus(fiber.StatusOK)
}

// invoicePaid is the part of Xendit's invoice callback the shop reads.
type invoicePaid struct {
	ExternalID string  `json:"external_id"`
	Status     string  `json:"status"`
	PaidAmount float64 `json:"paid_amount"`
}

// Handle takes Xendit's invoice callback and trusts it.
func (a *API) Handle(c *fiber.Ctx) error {
	var in invoicePaid
	if err := c.BodyParser(&in); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	if in.Status == "PAID" {
		if err := a.Book.MarkPaid(in.ExternalID); err != nil {
			return c.SendStatus(fiber.StatusInternalServerError)
		}
	}
	return c.SendStatus(fiber.StatusOK)
}

// HandleTokened checks Xendit's callback token first.
func (a *API) HandleTokened(c *fiber.Ctx) error {
	want := os.Getenv("XENDIT_TOKEN")
	if want == "" || subtle.ConstantTimeCompare([]byte(c.Get("x-callback-token")), []byte(want)) != 1 {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	var in invoicePaid
	if err := c.BodyParser(&in); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	if in.Status == "PAID" {
		if err := a.Book.MarkPaid(in.ExternalID); err != nil {
			return c.SendStatus(fiber.StatusInternalServerError)
		}
	}
	return c.SendStatus(fiber.StatusOK)
}

// packed is what the shop's own packing app posts.
type packed struct {
	OrderID string `json:"order_id"`
	Status  string `json:"status"`
}

// Apply takes the packing app's word that an order is settled.
func (a *API) Apply(c *fiber.Ctx) error {
	var in packed
	if err := c.BodyParser(&in); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	if in.Status == "settled" {
		if err := a.Book.MarkPaid(in.OrderID); err != nil {
			return c.SendStatus(fiber.StatusInternalServerError)
		}
	}
	return c.SendStatus(fiber.StatusOK)
}
