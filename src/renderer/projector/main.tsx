import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ProjectorView } from './ProjectorView.js';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ProjectorView />
  </StrictMode>,
);
