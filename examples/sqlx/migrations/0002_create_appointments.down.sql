DROP TABLE IF EXISTS appointments;
