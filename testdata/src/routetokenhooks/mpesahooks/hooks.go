// Package mpesahooks receives Daraja's STK push and B2C result callbacks
// on fiber; they are mounted, behind the callback token, in package
// kiosk.
package mpesahooks

import (
	"database/sql"
	"encoding/json"

	"github.com/gofiber/fiber/v2"
)

// STKCallback is the body of an STK push result.
type STKCallback struct {
	Body struct {
		StkCallback struct {
			CheckoutRequestID string `json:"CheckoutRequestID"`
			ResultCode        int    `json:"ResultCode"`
		} `json:"stkCallback"`
	} `json:"Body"`
}

// B2CResult is the body of a payout's result.
type B2CResult struct {
	Result struct {
		ResultCode     int    `json:"ResultCode"`
		ConversationID string `json:"ConversationID"`
		TransactionID  string `json:"TransactionID"`
	} `json:"Result"`
}

// MpesaHooks settles kiosk payments and agent payouts.
type MpesaHooks struct{ DB *sql.DB }

// STKResult marks a pushed payment paid.
func (h *MpesaHooks) STKResult(c *fiber.Ctx) error {
	var cb STKCallback
	if err := json.Unmarshal(c.Body(), &cb); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	stk := cb.Body.StkCallback
	if stk.ResultCode != 0 {
		return c.SendStatus(fiber.StatusOK)
	}
	if _, err := h.DB.Exec(`UPDATE payments SET status = 'paid' WHERE checkout_request_id = $1`, stk.CheckoutRequestID); err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	return c.SendStatus(fiber.StatusOK)
}

// PayoutResult marks an agent's payout paid.
func (h *MpesaHooks) PayoutResult(c *fiber.Ctx) error {
	var res B2CResult
	if err := json.Unmarshal(c.Body(), &res); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	if res.Result.ResultCode != 0 {
		return c.SendStatus(fiber.StatusOK)
	}
	if _, err := h.DB.Exec(`UPDATE payments SET status = 'paid' WHERE conversation_id = $1`, res.Result.ConversationID); err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	return c.SendStatus(fiber.StatusOK)
}
