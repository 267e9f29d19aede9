module example.com/pollfast

go 1.26
