package worker

import (
	"context"
	"log"
	"time"

	"audit19/marina/harbour"
	"audit19/marina/providers"
	"audit19/marina/store"
	"audit19/marina/stripepay"
)

// Forecaster returns the marine forecast for a day.
type Forecaster interface {
	Forecast(ctx context.Context, day time.Time) (*harbour.Forecast, error)
}

// WeatherCancellations refunds bookings when a gale warning closes the harbour.
type WeatherCancellations struct {
	weather  Forecaster
	bookings *store.Bookings
	stripe   *stripepay.Client
	mollie   *providers.Mollie
}

// NewWeatherCancellations returns the job.
func NewWeatherCancellations(w Forecaster, b *store.Bookings, s *stripepay.Client, m *providers.Mollie) *WeatherCancellations {
	return &WeatherCancellations{weather: w, bookings: b, stripe: s, mollie: m}
}

// Run checks tomorrow's forecast and refunds the arrivals if a gale is due.
func (wc *WeatherCancellations) Run(ctx context.Context) error {
	day := time.Now().AddDate(0, 0, 1)
	f, err := wc.weather.Forecast(ctx, day)
	if err != nil {
		return err
	}
	if !f.GaleWarning {
		return nil
	}
	exposed, err := wc.bookings.WeatherExposed(ctx, day)
	if err != nil {
		return err
	}
	for _, bk := range exposed {
		var refundErr error
		switch bk.Provider {
		case "stripe":
			_, refundErr = wc.stripe.WeatherRefund(ctx, bk.ID, bk.ProviderRef, bk.AmountCents)
		case "mollie":
			_, refundErr = wc.mollie.Refund(ctx, bk.ProviderRef, bk.AmountCents)
		default:
			log.Printf("weather: booking %s paid with %s, refund by hand", bk.ID, bk.Provider)
			continue
		}
		if refundErr != nil {
			log.Printf("weather: refund %s: %v", bk.ID, refundErr)
			continue
		}
		if err := wc.bookings.MarkRefunded(ctx, bk.ID); err != nil {
			return err
		}
	}
	return nil
}
