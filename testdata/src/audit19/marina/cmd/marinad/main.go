// Command marinad runs the marina booking backend.
package main

import (
	"context"
	"html/template"
	"log"
	"net/http"
	"net/smtp"
	"os"
	"time"

	"github.com/RichardKnop/machinery/v1"
	"github.com/RichardKnop/machinery/v1/config"
	"github.com/VictorAvelar/mollie-api-go/v4/mollie"
	"github.com/beego/beego/v2/server/web"
	"github.com/braintree-go/braintree-go"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/kataras/iris/v12"
	"github.com/redis/go-redis/v9"
	"gorm.io/gorm"

	"audit19/marina/dockside"
	"audit19/marina/harbour"
	"audit19/marina/hooks"
	"audit19/marina/providers"
	"audit19/marina/store"
	"audit19/marina/stripepay"
	sitepages "audit19/marina/web"
	"audit19/marina/worker"
)

func main() {
	ctx := context.Background()
	db, err := sqlx.Connect("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	pool, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	gdb, err := gorm.Open(nil)
	if err != nil {
		log.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	hc := &http.Client{Timeout: 15 * time.Second}

	bookings := store.NewBookings(db)
	earnings := store.NewEarnings(gdb, 12)
	fuelSales := store.NewFuelSales(pool)

	site := os.Getenv("SITE_URL")
	stripeClient := stripepay.New(os.Getenv("STRIPE_KEY"), site)
	mollieAPI, err := mollie.NewClient(hc, mollie.NewAPIConfig(false))
	if err != nil {
		log.Fatal(err)
	}
	mollieClient := providers.NewMollie(mollieAPI, site, site+"/hooks/mollie")
	bt := braintree.New(braintree.Sandbox, os.Getenv("BT_MERCHANT"), os.Getenv("BT_PUBLIC"), os.Getenv("BT_PRIVATE"))
	charters := providers.NewCharters(bt)
	terminal := providers.NewSquareTerminal("https://connect.squareup.com", os.Getenv("SQUARE_TOKEN"))
	lnd := providers.NewLnd(hc, os.Getenv("LND_REST"), os.Getenv("LND_MACAROON"))

	weather := harbour.NewWeather(os.Getenv("WEATHER_URL"), "NL-IJM")
	mailer := harbour.NewMailer(os.Getenv("SMTP_ADDR"), "berths@marina.example",
		smtp.PlainAuth("", os.Getenv("SMTP_USER"), os.Getenv("SMTP_PASS"), os.Getenv("SMTP_HOST")))
	prices := harbour.NewFuelPrices(hc, os.Getenv("HARBOUR_URL"))
	fuelLog := harbour.NewFuelLog(pool)

	mserver, err := machinery.NewServer(&config.Config{Broker: os.Getenv("BROKER_URL"), DefaultQueue: "marina"})
	if err != nil {
		log.Fatal(err)
	}
	queue := worker.NewQueue(mserver)
	payouts := worker.NewPayouts(bookings, map[string]string{}, 12)
	weatherJob := worker.NewWeatherCancellations(weather, bookings, stripeClient, mollieClient)
	sms := worker.NewGateCodeSMS(bookings, hc, os.Getenv("SMS_URL"))
	if err := worker.Register(mserver, sms, payouts, weatherJob); err != nil {
		log.Fatal(err)
	}

	// Stripe notifications on fiber.
	stripeHooks := hooks.NewStripe(os.Getenv("STRIPE_WEBHOOK_SECRET"), os.Getenv("STRIPE_CONNECT_SECRET"),
		bookings, earnings, queue) // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(hooks.Stripe.Platform calls hooks.EarningsAccruer.Accrue"
	app := fiber.New()
	app.Post("/hooks/stripe", stripeHooks.Platform)
	app.Post("/hooks/stripe/connect", stripeHooks.Connect)
	go func() { log.Fatal(app.Listen(":8081")) }()

	// Mollie notifications and the booking site on chi.
	mollieHooks := hooks.NewMollie(mollieClient, bookings, mailer)
	r := chi.NewRouter()
	r.Post("/hooks/mollie/{bookingID}", mollieHooks.Notify)
	siteMux := http.NewServeMux()
	sitePages := newSite(stripeClient, mollieClient, charters, bookings, terminal, fuelSales, lnd, rdb)
	sitePages.Routes(siteMux)
	r.Mount("/", siteMux)
	go func() { log.Fatal(http.ListenAndServe(":8080", r)) }()

	// Braintree notifications on iris.
	btHooks := hooks.NewBraintree(bt, bookings) // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(hooks.Braintree.Handle calls hooks.BookingStore.RecordLedger"
	ia := iris.New()
	ia.Post("/hooks/braintree", btHooks.Handle)

	// Square Terminal notifications on beego.
	sq := hooks.NewSquare(os.Getenv("SQUARE_SIGNATURE_KEY"), site+"/hooks/square", fuelSales, prices, fuelLog, store.NewEvents(pool))
	web.Post("/hooks/square", sq.Handle)

	select {}
}

func newSite(s *stripepay.Client, m *providers.Mollie, c *providers.Charters, b *store.Bookings,
	t *providers.SquareTerminal, fs *store.FuelSales, lnd *providers.Lnd, rdb *redis.Client) *sitepages.Pages {
	tmpl := template.Must(template.ParseGlob("templates/*.html"))
	return sitepages.NewPages(s, m, c, b, dockside.NewFuelDock(t, fs), dockside.NewTipJar(lnd, rdb), tmpl)
}
