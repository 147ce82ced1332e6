ALTER TABLE customer ADD phone VARCHAR(30);
