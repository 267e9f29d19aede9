package bookings

import (
	"github.com/labstack/echo/v4"
	"gorm.io/gorm"

	"ticketbooking/event"
	"ticketbooking/payment"
)

type bookingRepo struct{ db *gorm.DB }

func (r *bookingRepo) GetByID(id uint) (*Booking, error) {
	var b Booking
	if err := r.db.First(&b, id).Error; err != nil {
		return nil, err
	}
	return &b, nil
}

func (r *bookingRepo) Update(b *Booking) error { return r.db.Save(b).Error }

// RegisterRoutes binds the booking service to the Stripe webhook.
func RegisterRoutes(e *echo.Echo, db *gorm.DB, secret string) {
	svc := NewService(&bookingRepo{db: db}, event.NewRepository(db))
	hook := payment.NewWebhookHandler(svc, secret) // want `webhook handler takes the items out of stock \(payment\.WebhookHandler\.HandleWebhook calls payment\.BookingService\.HandlePaymentSuccess \(webhook\.go:47\), bound here to bookings\.service\.HandlePaymentSuccess: ev\.AvailableTickets -= …\) on every delivery of the event`
	e.POST("/webhook/stripe", hook.HandleWebhook)
}
