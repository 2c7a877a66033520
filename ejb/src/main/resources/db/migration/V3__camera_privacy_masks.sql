-- Privacy masks (ballot secrecy): the polygons of a camera's picture that are filled before anything is published,
-- in the text form of org.pollcam.media.publish.PrivacyMask ("x,y x,y x,y; ..."). NULL: no mask.
ALTER TABLE camera ADD COLUMN privacy_mask VARCHAR(2000);
