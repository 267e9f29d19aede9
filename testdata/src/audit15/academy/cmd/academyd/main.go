// Command academyd runs the language school's payment backend.
package main

import (
	"context"
	"log"
	"log/slog"
	"net/http"
	"net/smtp"
	"os"

	"github.com/VictorAvelar/mollie-api-go/v4/mollie"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/mux"
	"github.com/hibiken/asynq"
	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
	razorpay "github.com/razorpay/razorpay-go"
	"github.com/redis/go-redis/v9"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/uptrace/bun"
	"go.mongodb.org/mongo-driver/mongo"

	"audit15/academy/billing"
	"audit15/academy/jobs"
	"audit15/academy/payouts"
	"audit15/academy/store"
	"audit15/academy/walletpay"
	"audit15/academy/web"
	"audit15/academy/webhooks"
)

func main() {
	ctx := context.Background()
	logger := slog.Default()
	stripe.Key = os.Getenv("STRIPE_SECRET_KEY")

	db, err := sqlx.Connect("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	mc, err := mongo.Connect(ctx)
	if err != nil {
		log.Fatal(err)
	}
	mdb := mc.Database("academy")
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	bdb := &bun.DB{}

	orders := store.NewOrders(db)
	earnings := store.NewEarnings(bdb, orders, 0.7)
	vouchers := store.NewVouchers(mdb)

	rzp := razorpay.NewClient(os.Getenv("RAZORPAY_KEY_ID"), os.Getenv("RAZORPAY_KEY_SECRET"))
	mol, err := mollie.NewClient(http.DefaultClient, mollie.NewAPIConfig(false))
	if err != nil {
		log.Fatal(err)
	}
	wallet := walletpay.NewClient(os.Getenv("KWIKPAY_API_KEY"), walletpay.WithAttempts(4))

	rzSvc := billing.NewRazorpay(rzp, orders, logger)
	molSvc := billing.NewMollie(mol, orders, "https://learn.example.eu/checkout/mollie/return", "https://api.learn.example.eu/hooks/mollie")
	checkout := billing.NewWalletCheckout(wallet, orders, orders) // want "\\[pollcreate\\] billing.WalletCheckout calls billing.Wallet.CreateCharge \\(wallet.go:41\\) again on every pass of the loop \\(line 40\\) after billing.Wallet.AwaitSettled \\(wallet.go:48\\) gives up, bound here to walletpay.Client.CreateCharge \\(POST /charges\\) and walletpay.Client.AwaitSettled, which answers \\(false, nil\\)"

	mailer := jobs.SMTPMailer{Addr: os.Getenv("SMTP_ADDR"), From: "hello@learn.example", Auth: smtp.PlainAuth("", os.Getenv("SMTP_USER"), os.Getenv("SMTP_PASS"), os.Getenv("SMTP_HOST"))}
	roster := jobs.NewRoster(os.Getenv("LMS_URL"))
	queue := asynq.NewClient(asynq.RedisClientOpt{Addr: os.Getenv("REDIS_ADDR")})

	pages := &web.Pages{Orders: orders, Vouchers: vouchers, Razorpay: rzSvc, Mollie: molSvc, Enroller: orders}
	emailOf := func(ctx context.Context, learnerID string) (string, error) {
		var email string
		err := db.GetContext(ctx, &email, `SELECT email FROM learners WHERE id = $1`, learnerID)
		return email, err
	}

	e := echo.New()
	web.IndiaAPI(e, pages, webhooks.NewRazorpay(orders, orders, queue), []byte(os.Getenv("RAZORPAY_WEBHOOK_SECRET")))

	app := fiber.New(fiber.Config{AppName: "academy-eu"})
	web.EuropeAPI(app, pages, webhooks.NewMollie(molSvc, orders, orders, earnings, mailer, emailOf)) // want "\\[webhookack\\] webhook handler calls domain.Mailer.Send \\(mollie.go:65, in webhooks.Mollie.Handle\\), bound here to jobs.SMTPMailer.Send, which sends a message \\(smtp.SendMail\\) before answering" "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(webhooks.Mollie.Handle calls domain.EarningsRecorder.RecordSale \\(mollie.go:59\\), bound here to store.Earnings.RecordSale: bun.InsertQuery.Exec: INSERT INTO instructor_earnings\\)"

	r := mux.NewRouter()
	web.WalletAPI(r, webhooks.NewKwikpay(os.Getenv("KWIKPAY_WEBHOOK_SECRET"), store.NewSeen(rdb), orders, vouchers, orders, roster))

	worker := payouts.NewWorker(earnings, logger, payouts.WithMaxTries(6))
	tasks := asynq.NewServeMux()
	jobs.Register(tasks, jobs.Deps{
		Mollie: molSvc, Razorpay: rzSvc, Wallet: wallet, Checkout: checkout, Orders: orders, Payouts: worker,
		Transcoder: jobs.NewTranscoder(os.Getenv("TRANSCODER_URL")), Certs: jobs.NewCertificates(os.Getenv("PDF_URL")), Mailer: mailer,
		Analytics: os.Getenv("ANALYTICS_URL"), Log: logger,
	})
	srv := asynq.NewServer(asynq.RedisClientOpt{Addr: os.Getenv("REDIS_ADDR")}, asynq.Config{Concurrency: 8})

	go func() { log.Fatal(srv.Run(tasks)) }()
	go func() { log.Fatal(app.Listen(":8081")) }()
	go func() { log.Fatal(http.ListenAndServe(":8082", r)) }()
	log.Fatal(e.Start(":8080"))
}
