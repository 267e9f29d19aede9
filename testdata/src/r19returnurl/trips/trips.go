// Package trips is an echo tour shop collecting through Xendit invoices
// over its own REST client. The invoice carries the pages the buyer's
// browser is sent back to, built by the shop: /trips/<id>/landing once
// paid, /trips/<id>/abandoned otherwise. Neither route says "success" or
// "return"; the invoice says which page is which.
package trips

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strconv"

	"github.com/labstack/echo/v4"
	"gorm.io/gorm"
)

type Booking struct {
	ID        int64
	InvoiceID string
	Status    string
}

// invoiceRequest travels as Xendit's invoice body: its tags are the
// provider's field names.
type invoiceRequest struct {
	ExternalID         string `json:"external_id"`
	Amount             int64  `json:"amount"`
	SuccessRedirectURL string `json:"success_redirect_url"`
	FailureRedirectURL string `json:"failure_redirect_url"`
}

type invoice struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

type Shop struct {
	DB   *gorm.DB
	HTTP *http.Client
	Base string
}

func (s *Shop) Mount(e *echo.Echo) {
	e.POST("/trips/:id/pay", s.Pay)
	e.GET("/trips/:id/landing", s.Landing)
	e.GET("/trips/:id/abandoned", s.Abandoned)
	e.GET("/trips/:id/itinerary", s.Itinerary)
}

// Pay creates the invoice and sends the buyer to Xendit.
func (s *Shop) Pay(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	req := invoiceRequest{
		ExternalID:         "trip-" + strconv.FormatInt(id, 10),
		Amount:             125000,
		SuccessRedirectURL: s.Base + "/trips/" + strconv.FormatInt(id, 10) + "/landing",
		FailureRedirectURL: fmt.Sprintf("%s/trips/%d/abandoned", s.Base, id),
	}
	inv, err := s.createInvoice(c.Request().Context(), req)
	if err != nil {
		return c.NoContent(http.StatusBadGateway)
	}
	s.DB.Model(&Booking{}).Where("id = ?", id).Update("invoice_id", inv.ID)
	return c.Redirect(http.StatusSeeOther, "https://checkout.xendit.co/web/"+inv.ID)
}

func (s *Shop) createInvoice(ctx context.Context, in invoiceRequest) (*invoice, error) {
	body, _ := json.Marshal(in)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.xendit.co/v2/invoices", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(os.Getenv("XENDIT_SECRET_KEY"), "")
	resp, err := s.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out invoice
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}

// Landing is the invoice's success_redirect_url: it confirms the trip on
// the browser's word. Anyone can open /trips/7/landing without paying.
func (s *Shop) Landing(c echo.Context) error {
	var b Booking
	if err := s.DB.First(&b, c.Param("id")).Error; err != nil {
		return c.NoContent(http.StatusNotFound)
	}
	b.Status = "paid"
	s.DB.Save(&b) // want `order fulfilled in the success-redirect handler without reading the payment's status from the provider`
	return c.String(http.StatusOK, "see you on board")
}

// Abandoned is the failure URL: it releases the booking, stores no paid
// state.
func (s *Shop) Abandoned(c echo.Context) error {
	s.DB.Model(&Booking{}).Where("id = ?", c.Param("id")).Update("status", "released")
	return c.String(http.StatusOK, "payment not completed")
}

// Itinerary is a page no URL handed to the provider names.
func (s *Shop) Itinerary(c echo.Context) error {
	var b Booking
	s.DB.First(&b, c.Param("id"))
	return c.JSON(http.StatusOK, b)
}
