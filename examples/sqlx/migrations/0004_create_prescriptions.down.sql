DROP TABLE prescriptions;
